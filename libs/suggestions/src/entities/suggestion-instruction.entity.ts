import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { DateScalar } from '@rural/core';

import { Suggestion } from './suggestion.entity.js';

/** A leader's instruction (领导批示) on a suggestion, as the office recorded it. */
@ObjectType({ description: '领导批示 — a leader’s written instruction on a suggestion.' })
@Entity('suggestion_instruction')
@Check('CHK_suggestion_instruction_not_blank', `btrim("leader") <> '' AND btrim("text") <> ''`)
@Index('IDX_suggestion_instruction_suggestion', ['suggestionId'])
export class SuggestionInstruction {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_suggestion_instruction' })
  id: string;

  @Column({ type: 'bigint' })
  suggestionId: string;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_instruction_suggestion' })
  suggestion?: Suggestion;

  @Field({ description: '批示领导 — who gave it, e.g. 县委书记 某某.' })
  @Column({ type: 'varchar', length: 100 })
  leader: string;

  @Field({ description: '批示内容 — the instruction’s text.' })
  @Column({ type: 'text' })
  text: string;

  @Field(() => DateScalar, { description: '批示日期 — the day it was given.' })
  @Column({ type: 'date' })
  givenOn: string;

  @Field({ description: 'When it was recorded.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
