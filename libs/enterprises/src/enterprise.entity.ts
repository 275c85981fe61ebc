import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

import { VersionColumn } from '@rural/database';

@ObjectType({ description: '企业 — an enterprise brought to the countryside (引企下乡).' })
@Entity('enterprise')
@Unique('UQ_enterprise_credit_code', ['creditCode'])
// Without a credit code the name is the natural key: a partial index, so written in the migration.
@Index('UQ_enterprise_name_without_code', { synchronize: false })
@Check('CHK_enterprise_credit_code', `is_valid_credit_code("credit_code")`)
@Check('CHK_enterprise_name_not_blank', `btrim("name") <> ''`)
export class Enterprise {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_enterprise' })
  id: string;

  @Field({ description: '企业名称 — the registered name, or a description when the source does not name it.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: '统一社会信用代码 — the 18-character unified social credit code (GB 32100-2015), when known.',
  })
  @Column({ type: 'char', length: 18, nullable: true })
  creditCode: string | null;

  @Field(() => String, { nullable: true, description: '行业 — the line of business, e.g. 葡萄种植.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  industry: string | null;

  @Field({ description: 'When the enterprise was entered.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the enterprise was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
