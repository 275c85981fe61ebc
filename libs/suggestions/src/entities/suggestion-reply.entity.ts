import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { HandlingUnit } from '@rural/committee';
import { DateScalar } from '@rural/core';

import { SuggestionEvaluation } from '../suggestion-evaluation.js';
import { SuggestionReplyResult } from '../suggestion-reply-result.js';
import { Suggestion } from './suggestion.entity.js';

/**
 * The lead unit's reply for one round, with the deadline it answered to (so "late" and the
 * on-time rate never depend on a later round) and the lead author's evaluation of it.
 */
@ObjectType({ description: '答复 — the lead unit’s reply for one round, with its result and the lead author’s evaluation.' })
@Entity('suggestion_reply')
@Unique('UQ_suggestion_reply_round', ['suggestionId', 'round'])
@Check('CHK_suggestion_reply_text_not_blank', `btrim("text") <> ''`)
@Check('CHK_suggestion_reply_evaluated', `("evaluation" IS NULL) = ("evaluated_on" IS NULL)`)
@Index('IDX_suggestion_reply_unit', ['unitId'])
export class SuggestionReply {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_suggestion_reply' })
  id: string;

  @Column({ type: 'bigint' })
  suggestionId: string;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_reply_suggestion' })
  suggestion?: Suggestion;

  @Field(() => ID, { description: '主办单位 — the lead unit that replied.' })
  @Column({ type: 'bigint' })
  unitId: string;

  @ManyToOne(() => HandlingUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'FK_suggestion_reply_unit' })
  unit?: HandlingUnit;

  @Field(() => Int, { description: '轮次 — the round it answers.' })
  @Column({ type: 'int' })
  round: number;

  @Field(() => SuggestionReplyResult, { description: '办理结果 — A solved, B being solved, C later, D for reference.' })
  @Column({ type: 'enum', enum: SuggestionReplyResult, enumName: 'suggestion_reply_result' })
  result: SuggestionReplyResult;

  @Field({ description: '答复内容 — the reply’s text.' })
  @Column({ type: 'text' })
  text: string;

  @Field(() => DateScalar, { description: '答复日期 — the day of the reply.' })
  @Column({ type: 'date' })
  repliedOn: string;

  @Field(() => DateScalar, { description: '办理期限 — the deadline the reply answered to.' })
  @Column({ type: 'date' })
  deadline: string;

  @Field(() => SuggestionEvaluation, { nullable: true, description: '评价 — the lead author’s evaluation; null until given.' })
  @Column({ type: 'enum', enum: SuggestionEvaluation, enumName: 'suggestion_evaluation', nullable: true })
  evaluation: SuggestionEvaluation | null;

  @Field(() => String, { nullable: true, description: '评价意见 — what the lead author said with the evaluation.' })
  @Column({ type: 'text', nullable: true })
  evaluationNote: string | null;

  @Field(() => DateScalar, { nullable: true, description: '评价日期 — the day of the evaluation.' })
  @Column({ type: 'date', nullable: true })
  evaluatedOn: string | null;

  @Field({ description: 'When the reply was recorded.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
