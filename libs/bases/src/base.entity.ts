import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { DecimalScalar } from '@rural/core';
import { decimalTransformer, VersionColumn } from '@rural/database';
import { Enterprise } from '@rural/enterprises';
import { Division } from '@rural/geography';

@ObjectType({ description: '基地 — a production or demonstration site in one village.' })
@Entity('base')
@Check('CHK_base_area_non_negative', `"area_mu" >= 0`)
@Check('CHK_base_name_not_blank', `btrim("name") <> ''`)
// Natural key: one name per village (see the natural-keys migration, which reports duplicates first).
@Index('UQ_base_village_name', { synchronize: false })
@Index('IDX_base_village', ['villageId'])
@Index('IDX_base_operator', ['operatorId'])
export class Base {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_base' })
  id: string;

  @Field({ description: '基地名称 — the name, e.g. 共耕社产业园.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => ID, { description: 'The village (村) the base lies in: a VILLAGE-level division.' })
  @Column({ type: 'bigint' })
  villageId: string;

  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'village_id', foreignKeyConstraintName: 'FK_base_village' })
  village?: Division;

  @Field(() => DecimalScalar, { nullable: true, description: '面积（亩）— the area in mu (1 mu = 1/15 ha); null when unknown.' })
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: decimalTransformer })
  areaMu: string | null;

  @Field(() => String, { nullable: true, description: '产业 — what the base produces, e.g. 葡萄.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  industry: string | null;

  @Field(() => String, { nullable: true, description: '经营模式 — the operating model, e.g. 支部+基地+农户.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  operatingModel: string | null;

  @Field(() => ID, { nullable: true, description: 'The enterprise that operates the base, when there is one.' })
  @Column({ type: 'bigint', nullable: true })
  operatorId: string | null;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'operator_id', foreignKeyConstraintName: 'FK_base_operator' })
  operator?: Enterprise;

  @Field({ description: 'When the base was entered.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the base was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
