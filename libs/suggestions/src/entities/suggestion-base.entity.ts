import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { Base } from '@rural/bases';

import { Suggestion } from './suggestion.entity.js';

/** One of the bases a suggestion is about (基地); goes with the suggestion, keeps the 基地. */
@Entity('suggestion_base')
@Unique('UQ_suggestion_base_pair', ['suggestionId', 'baseId'])
@Index('IDX_suggestion_base_base', ['baseId'])
export class SuggestionBase {
  /** Its own key, so the audit trail names the link. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_suggestion_base' })
  id: string;

  @Column({ type: 'bigint' })
  suggestionId: string;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_base_suggestion' })
  suggestion?: Suggestion;

  @Column({ type: 'bigint' })
  baseId: string;

  @ManyToOne(() => Base, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'base_id', foreignKeyConstraintName: 'FK_suggestion_base_base' })
  base?: Base;
}
