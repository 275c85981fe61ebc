import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { Base } from '@rural/bases';
import { DateScalar, DecimalScalar, PeriodScalar } from '@rural/core';
import { decimalTransformer, VersionColumn } from '@rural/database';
import { Division } from '@rural/geography';
import { Match } from '@rural/matches';
import { ServiceTeam } from '@rural/service-teams';

import { OutcomeStatus } from './outcome-status.js';

const money = { type: 'numeric' as const, precision: 16, scale: 2, nullable: true, transformer: decimalTransformer };
const area = { type: 'numeric' as const, precision: 14, scale: 2, nullable: true, transformer: decimalTransformer };
const count = { type: 'numeric' as const, precision: 12, scale: 0, nullable: true, transformer: decimalTransformer };

@ObjectType({ description: '成效记录 — the figures of one scope (a base, or a division) for one period.' })
@Entity('outcome_record')
@Check('CHK_outcome_record_one_scope', `num_nonnulls("base_id", "division_id") = 1`)
@Check('CHK_outcome_record_period_format', `"period" ~ '^[0-9]{4}(Q[1-4]|-(0[1-9]|1[0-2]))?$'`)
@Check(
  'CHK_outcome_record_has_figure',
  `num_nonnulls("area_mu", "output_value_yuan", "jobs_person_times", "household_rent_yuan", "collective_income_yuan", "households_benefited") > 0`,
)
@Check(
  'CHK_outcome_record_non_negative',
  `"area_mu" >= 0 AND "output_value_yuan" >= 0 AND "jobs_person_times" >= 0 AND "household_rent_yuan" >= 0 AND "collective_income_yuan" >= 0 AND "households_benefited" >= 0`,
)
// One record per series (scope + match + team) and period; NULLS NOT DISTINCT, so written in the migration.
@Index('UQ_outcome_record_series_period', { synchronize: false })
@Index('IDX_outcome_record_base', ['baseId'])
@Index('IDX_outcome_record_division', ['divisionId'])
@Index('IDX_outcome_record_match', ['matchId'])
@Index('IDX_outcome_record_team', ['teamId'])
@Index('IDX_outcome_record_period_range', ['periodStart', 'periodEnd'])
// Partial (records still pending approval), so written in the trust-rules migration.
@Index('IDX_outcome_record_status', { synchronize: false })
export class OutcomeRecord {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_outcome_record' })
  id: string;

  @Field(() => PeriodScalar, { description: '期间 — the one period the figures cover: "2024", "2024Q3" or "2024-07".' })
  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Field(() => DateScalar, { description: 'First day of the period (derived from `period`).' })
  @Column({ type: 'date', insert: false, update: false })
  periodStart: string;

  @Field(() => DateScalar, { description: 'Last day of the period (derived from `period`).' })
  @Column({ type: 'date', insert: false, update: false })
  periodEnd: string;

  @Field(() => ID, { nullable: true, description: 'The base the figures are for; null when the scope is a division.' })
  @Column({ type: 'bigint', nullable: true })
  baseId: string | null;

  @ManyToOne(() => Base, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'base_id', foreignKeyConstraintName: 'FK_outcome_record_base' })
  base?: Base;

  @Field(() => ID, { nullable: true, description: 'The division the figures are for when only its totals are known; null for a base.' })
  @Column({ type: 'bigint', nullable: true })
  divisionId: string | null;

  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'division_id', foreignKeyConstraintName: 'FK_outcome_record_division' })
  division?: Division;

  @Field(() => ID, { nullable: true, description: 'The match the figures come from, if any.' })
  @Column({ type: 'bigint', nullable: true })
  matchId: string | null;

  @ManyToOne(() => Match, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'FK_outcome_record_match' })
  match?: Match;

  @Field(() => ID, { nullable: true, description: 'The service team the figures come from, if any.' })
  @Column({ type: 'bigint', nullable: true })
  teamId: string | null;

  @ManyToOne(() => ServiceTeam, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'FK_outcome_record_team' })
  team?: ServiceTeam;

  @Field(() => DecimalScalar, { nullable: true, description: '面积（亩）— area in mu; a stock.' })
  @Column(area)
  areaMu: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '产值（元）— output value in yuan; a flow.' })
  @Column(money)
  outputValueYuan: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '务工岗位（人次）— paid work in person-times; a flow.' })
  @Column(count)
  jobsPersonTimes: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '农户租金收入（元）— farmland rent paid to households, in yuan; a flow.' })
  @Column(money)
  householdRentYuan: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '村集体经济增收（元）— village collective income increase, in yuan; a flow.' })
  @Column(money)
  collectiveIncomeYuan: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '带动农户（户）— households benefiting; a stock.' })
  @Column(count)
  householdsBenefited: string | null;

  @Field({ description: '“余”/“以上” — true when the figures are lower bounds ("more than 200,000 yuan").' })
  @Column({ type: 'boolean', default: false })
  atLeast: boolean;

  @Field(() => String, { nullable: true, description: '来源 — where the figures come from: a document, an article, a survey.' })
  @Column({ type: 'text', nullable: true })
  source: string | null;

  /*
   * Where the record sits, copied from its base or division (and its match's enterprise) by a
   * trigger, so reports filter and group by plain indexed columns instead of joining per record.
   * Never written by the application.
   */

  /** The base's village, or the record's division. */
  @Column({ type: 'bigint', insert: false, update: false })
  placeId: string;

  /** `ancestor_ids` of the place: "in this county" is `place_path @> '{county}'` (GIN index). */
  @Index('IDX_outcome_record_place_path', { synchronize: false })
  @Column({ type: 'bigint', array: true, insert: false, update: false })
  placePath: string[];

  @Index('IDX_outcome_record_town')
  @Column({ type: 'bigint', nullable: true, insert: false, update: false })
  townId: string | null;

  @Column({ type: 'bigint', nullable: true, insert: false, update: false })
  villageId: string | null;

  /** The enterprise of the record's match. */
  @Index('IDX_outcome_record_enterprise')
  @Column({ type: 'bigint', nullable: true, insert: false, update: false })
  enterpriseId: string | null;

  @Field({ description: 'When the record was entered.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the record was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;

  @Field(() => OutcomeStatus, { description: '审核状态 — DRAFT until submitted; only APPROVED records count in reports by default.' })
  @Column({ type: 'enum', enum: OutcomeStatus, enumName: 'outcome_status', default: OutcomeStatus.DRAFT })
  status: OutcomeStatus;

  @Field(() => String, { nullable: true, description: '退回或重新打开的理由 — why the record was returned or reopened; null otherwise.' })
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  /** Who entered the record (`USER:<id>` or `API_KEY:<id>`): may not approve it. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  recordedBy: string | null;

  /** Who last changed its figures: may not approve it either. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  changedBy: string | null;

  @Field(() => Date, { nullable: true, description: '审核时间 — when the record was approved; null unless APPROVED.' })
  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;
}
