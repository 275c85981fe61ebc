import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { SuggestionAction } from '../suggestion-action.js';
import { SuggestionStatus } from '../suggestion-status.js';
import { Suggestion } from './suggestion.entity.js';

/**
 * One step of a suggestion's life as its people read it (who, when, what, note). The audit trail
 * keeps every row's before and after as well; this is the readable history shown with the item.
 */
@ObjectType({ description: '办理记录 — one step of a suggestion’s life: who did what, when, with what note.' })
@Entity('suggestion_step')
@Index('IDX_suggestion_step_suggestion', ['suggestionId', 'at'])
export class SuggestionStep {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_suggestion_step' })
  id: string;

  @Column({ type: 'bigint' })
  suggestionId: string;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_step_suggestion' })
  suggestion?: Suggestion;

  @Field(() => SuggestionAction, { description: '环节 — what the step did.' })
  @Column({ type: 'enum', enum: SuggestionAction, enumName: 'suggestion_action' })
  action: SuggestionAction;

  @Field(() => SuggestionStatus, { description: '步后状态 — the suggestion’s state after the step.' })
  @Column({ type: 'enum', enum: SuggestionStatus, enumName: 'suggestion_status' })
  statusAfter: SuggestionStatus;

  @Field({ description: '操作人类别 — USER, API_KEY or SYSTEM.' })
  @Column({ type: 'varchar', length: 20 })
  actorKind: string;

  @Column({ type: 'bigint', nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: '操作人 — the account’s (or key’s, or job’s) name.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  actorName: string | null;

  @Field(() => String, { nullable: true, description: '说明 — what the step said (reason, result, deadline…).' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field({ description: '时间 — when the step was taken.' })
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
