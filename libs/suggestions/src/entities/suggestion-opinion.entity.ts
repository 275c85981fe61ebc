import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { HandlingUnit } from '@rural/committee';
import { DateScalar } from '@rural/core';

import { Suggestion } from './suggestion.entity.js';

/** A co-unit's opinion (会办意见), sent to the lead unit once per round. */
@ObjectType({ description: '会办意见 — a co-unit’s opinion for the lead unit’s reply.' })
@Entity('suggestion_opinion')
@Unique('UQ_suggestion_opinion_round_unit', ['suggestionId', 'round', 'unitId'])
@Check('CHK_suggestion_opinion_text_not_blank', `btrim("text") <> ''`)
export class SuggestionOpinion {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_suggestion_opinion' })
  id: string;

  @Column({ type: 'bigint' })
  suggestionId: string;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_opinion_suggestion' })
  suggestion?: Suggestion;

  @Field(() => ID, { description: '会办单位 — the co-unit.' })
  @Column({ type: 'bigint' })
  unitId: string;

  @ManyToOne(() => HandlingUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'FK_suggestion_opinion_unit' })
  unit?: HandlingUnit;

  @Field(() => Int, { description: '轮次 — the round it belongs to.' })
  @Column({ type: 'int' })
  round: number;

  @Field({ description: '意见 — the opinion’s text.' })
  @Column({ type: 'text' })
  text: string;

  @Field(() => DateScalar, { description: '日期 — the day it was sent.' })
  @Column({ type: 'date' })
  sentOn: string;

  @Field({ description: 'When it was recorded.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
