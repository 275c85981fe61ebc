import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { VersionColumn } from '@rural/database';
import { Division } from '@rural/geography';

@ObjectType({ description: '政协委员 — a member of the county CPPCC committee.' })
@Entity('member')
@Check('CHK_member_name_not_blank', `btrim("name") <> ''`)
@Index('IDX_member_division', ['divisionId'])
export class Member {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_member' })
  id: string;

  @Field({ description: "姓名 — the member's name." })
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => String, { nullable: true, description: '界别 — the sector the member sits for, e.g. 经济界.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  sector: string | null;

  @Field(() => String, { nullable: true, description: "职务 — the member's title or position." })
  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '所属政协 — the division whose CPPCC committee the member sits on (usually a county); null when not given.',
  })
  @Column({ type: 'bigint', nullable: true })
  divisionId: string | null;

  // A division with members on its committee stays (its delete counts them).
  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'division_id', foreignKeyConstraintName: 'FK_member_division' })
  division?: Division;

  @Field({ description: 'When the member was entered.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the member was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
