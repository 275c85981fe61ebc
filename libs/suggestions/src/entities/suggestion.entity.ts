import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { HandlingUnit } from '@rural/committee';
import { DateScalar } from '@rural/core';
import { VersionColumn } from '@rural/database';
import { Division } from '@rural/geography';

import { SuggestionKind } from '../suggestion-kind.js';
import { SuggestionStatus } from '../suggestion-status.js';

/**
 * A suggestion (建言) and where it stands. The current round's lead unit, assignment day and
 * deadline sit on the row, so lights and the board read one table; every earlier round stays in
 * the assignments, replies and steps.
 */
@ObjectType({
  description:
    '建言 — a proposal (提案), social-conditions report (社情民意), consultation outcome (协商成果) or research report (调研报告), followed to the end.',
})
@Entity('suggestion')
@Check('CHK_suggestion_title_not_blank', `btrim("title") <> ''`)
@Check('CHK_suggestion_submitted_on', `"status" = 'DRAFT' OR "submitted_on" IS NOT NULL`)
@Check('CHK_suggestion_decline_reason', `"status" <> 'NOT_FILED' OR "decline_reason" IS NOT NULL`)
@Check(
  'CHK_suggestion_assigned',
  `"status" NOT IN ('ASSIGNED', 'REPLIED', 'EVALUATED', 'CLOSED') OR ("lead_unit_id" IS NOT NULL AND "assigned_on" IS NOT NULL AND "deadline" >= "assigned_on")`,
)
@Index('IDX_suggestion_division', ['divisionId'])
@Index('IDX_suggestion_lead_unit', ['leadUnitId'])
@Index('IDX_suggestion_status_deadline', ['status', 'deadline'])
@Index('IDX_suggestion_source', ['sourceId'])
export class Suggestion {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_suggestion' })
  id: string;

  @Field(() => SuggestionKind, { description: '类别 — proposal, social-conditions report, consultation outcome or research report.' })
  @Column({ type: 'enum', enum: SuggestionKind, enumName: 'suggestion_kind' })
  kind: SuggestionKind;

  @Field({ description: '标题 — the suggestion’s title (案由).' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { nullable: true, description: '主题 — what it is about, for figures “围绕…”, e.g. 露营产业.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  topic: string | null;

  @Field({ description: '内容 — the text: the situation, the analysis and the suggestions made.' })
  @Column({ type: 'text', default: '' })
  content: string;

  @Field(() => ID, { description: '所属政协 — the division whose committee receives the suggestion (usually the county).' })
  @Column({ type: 'bigint' })
  divisionId: string;

  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'division_id', foreignKeyConstraintName: 'FK_suggestion_division' })
  division?: Division;

  @Field(() => SuggestionStatus, { description: '状态 — where the suggestion stands in its life.' })
  @Column({ type: 'enum', enum: SuggestionStatus, enumName: 'suggestion_status', default: SuggestionStatus.DRAFT })
  status: SuggestionStatus;

  @Field(() => DateScalar, { nullable: true, description: '提交日期 — the day it was submitted (county calendar).' })
  @Column({ type: 'date', nullable: true })
  submittedOn: string | null;

  @Field(() => DateScalar, { nullable: true, description: '立案日期 — the day it was filed.' })
  @Column({ type: 'date', nullable: true })
  filedOn: string | null;

  @Field(() => String, { nullable: true, description: '不予立案理由 — why it was not filed.' })
  @Column({ type: 'text', nullable: true })
  declineReason: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '来源 — for a social-conditions report turned from a proposal not filed, that proposal.',
  })
  @Column({ type: 'bigint', nullable: true })
  sourceId: string | null;

  @ManyToOne(() => Suggestion, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'source_id', foreignKeyConstraintName: 'FK_suggestion_source' })
  source?: Suggestion;

  @Field({ description: '重点督办 — marked for key supervision by the committee office.' })
  @Column({ type: 'boolean', default: false })
  keySupervision: boolean;

  @Field(() => ID, { nullable: true, description: '主办单位 — the current lead unit; null before assignment.' })
  @Column({ type: 'bigint', nullable: true })
  leadUnitId: string | null;

  @ManyToOne(() => HandlingUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_unit_id', foreignKeyConstraintName: 'FK_suggestion_lead_unit' })
  leadUnit?: HandlingUnit;

  @Field(() => DateScalar, {
    nullable: true,
    description: '交办日期 — the day the current round began (assignment, or sent back after 不满意).',
  })
  @Column({ type: 'date', nullable: true })
  assignedOn: string | null;

  @Field(() => DateScalar, { nullable: true, description: '办理期限 — the current round’s deadline (the reply is due by this day).' })
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Field(() => Int, { description: '办理轮次 — 0 before assignment, 1 for the first, one more each time 不满意 sends it back.' })
  @Column({ type: 'int', default: 0 })
  round: number;

  @Field(() => DateScalar, { nullable: true, description: '办结日期 — the day it was closed.' })
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  @Field({ description: 'When the suggestion was entered.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the suggestion was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
