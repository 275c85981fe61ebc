import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { DateScalar } from '@rural/core';

import { Suggestion } from './suggestion.entity.js';

/** A supervision note (督办记录): what the office did to push an item along. */
@ObjectType({ description: '督办记录 — a note of the committee office’s supervision of a suggestion (visit, call, meeting).' })
@Entity('suggestion_supervision_note')
@Check('CHK_suggestion_supervision_note_not_blank', `btrim("text") <> ''`)
@Index('IDX_suggestion_supervision_note_suggestion', ['suggestionId'])
export class SuggestionSupervisionNote {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_suggestion_supervision_note' })
  id: string;

  @Column({ type: 'bigint' })
  suggestionId: string;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_supervision_note_suggestion' })
  suggestion?: Suggestion;

  @Field({ description: '督办内容 — what was done or asked.' })
  @Column({ type: 'text' })
  text: string;

  @Field(() => DateScalar, { description: '督办日期 — the day of the supervision.' })
  @Column({ type: 'date' })
  notedOn: string;

  @Field(() => String, { nullable: true, description: '记录人 — who recorded it (the account’s name).' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  recordedBy: string | null;

  @Field({ description: 'When it was recorded.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
