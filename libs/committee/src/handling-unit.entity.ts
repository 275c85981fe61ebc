import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

import { VersionColumn } from '@rural/database';

@ObjectType({
  description: '承办单位 — a government department or body that answers suggestions assigned to it (e.g. 县农业农村局).',
})
@Entity('handling_unit')
@Unique('UQ_handling_unit_name', ['name'])
@Check('CHK_handling_unit_name_not_blank', `btrim("name") <> ''`)
export class HandlingUnit {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_handling_unit' })
  id: string;

  @Field({ description: '单位名称 — the unit’s full name, unique, e.g. 东兰县农业农村局.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { nullable: true, description: '联系人 — who answers for the unit, with a telephone number if wanted.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  contact: string | null;

  @Field({ description: 'When the unit was entered.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the unit was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
