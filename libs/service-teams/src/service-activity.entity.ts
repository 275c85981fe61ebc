import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { Base } from '@rural/bases';
import { DateScalar, DecimalScalar } from '@rural/core';
import { decimalTransformer, VersionColumn } from '@rural/database';

import { ServiceTeam } from './service-team.entity.js';

@ObjectType({ description: '服务活动 — one visit of a service team to a base.' })
@Entity('service_activity')
@Check('CHK_service_activity_farmers_non_negative', `"farmers_trained" >= 0`)
@Check('CHK_service_activity_area_non_negative', `"area_covered_mu" >= 0`)
@Check('CHK_service_activity_topic_not_blank', `btrim("topic") <> ''`)
@Index('IDX_service_activity_team_date', ['teamId', 'date'])
@Index('IDX_service_activity_base_date', ['baseId', 'date'])
export class ServiceActivity {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_service_activity' })
  id: string;

  @Field(() => ID, { description: 'The team that made the visit.' })
  @Column({ type: 'bigint' })
  teamId: string;

  @ManyToOne(() => ServiceTeam, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'FK_service_activity_team' })
  team?: ServiceTeam;

  @Field(() => ID, { description: 'The base visited.' })
  @Column({ type: 'bigint' })
  baseId: string;

  @ManyToOne(() => Base, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'base_id', foreignKeyConstraintName: 'FK_service_activity_base' })
  base?: Base;

  @Field(() => DateScalar, { description: '日期 — the day of the visit.' })
  @Column({ type: 'date' })
  date: string;

  @Field({ description: '主题 — what the visit was about, e.g. 葡萄修剪技术培训.' })
  @Column({ type: 'varchar', length: 200 })
  topic: string;

  @Field(() => Int, { description: '培训农民（人）— farmers trained during the visit.' })
  @Column({ type: 'integer', default: 0 })
  farmersTrained: number;

  @Field(() => DecimalScalar, { nullable: true, description: '覆盖面积（亩）— the area covered, in mu, when known.' })
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: decimalTransformer })
  areaCoveredMu: string | null;

  @Field({ description: 'When the activity was entered.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the activity was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
