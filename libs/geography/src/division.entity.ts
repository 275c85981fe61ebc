import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

import { VersionColumn } from '@rural/database';

import { DivisionLevel } from './division-level.js';

@ObjectType({ description: '行政区划 — a node of the administrative tree: province, city, county, town (乡镇) or village (村).' })
@Entity('division')
@Unique('UQ_division_code', ['code'])
@Check('CHK_division_code_format', `"code" ~ '^[0-9]{12}$'`)
@Check('CHK_division_name_not_blank', `btrim("name") <> ''`)
// One name among siblings, roots included: NULLS NOT DISTINCT, so written in the migration.
@Index('UQ_division_parent_name', { synchronize: false })
@Index('IDX_division_parent', ['parentId'])
export class Division {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_division' })
  id: string;

  @Field({ description: '名称 — the name, e.g. 武篆镇.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => DivisionLevel, { description: '级别 — the level in the tree.' })
  @Column({ type: 'enum', enum: DivisionLevel, enumName: 'division_level' })
  level: DivisionLevel;

  @Field(() => String, { nullable: true, description: '统计用区划代码 — the 12-digit statistical code, e.g. 451224000000 for 东兰县.' })
  @Column({ type: 'char', length: 12, nullable: true })
  code: string | null;

  @Field(() => ID, { nullable: true, description: 'The parent division; null for a root.' })
  @Column({ type: 'bigint', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_division_parent' })
  parent?: Division;

  /**
   * This division's ancestors and itself, root first. Kept by a trigger so "everything in this
   * county" is one indexed `@>` test; never written by the application.
   */
  // A GIN index, created in the migration: TypeORM leaves it alone.
  @Index('IDX_division_ancestors', { synchronize: false })
  @Column({ type: 'bigint', array: true, insert: false, update: false, default: () => "'{}'" })
  ancestorIds: string[];

  /**
   * The town (乡镇) this division lies in: itself for a town, null above town level. Kept by the
   * same trigger as `ancestorIds`, so reports group by town with a plain column.
   */
  @Index('IDX_division_town')
  @Column({ type: 'bigint', nullable: true, insert: false, update: false })
  townId: string | null;

  @Field({ description: 'When the division was entered.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the division was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
