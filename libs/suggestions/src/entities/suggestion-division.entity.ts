import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { Division } from '@rural/geography';

import { Suggestion } from './suggestion.entity.js';

/** One of the places a suggestion is about (区划); goes with the suggestion, keeps the 区划. */
@Entity('suggestion_division')
@Unique('UQ_suggestion_division_pair', ['suggestionId', 'divisionId'])
@Index('IDX_suggestion_division_division', ['divisionId'])
export class SuggestionDivision {
  /** Its own key, so the audit trail names the link. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_suggestion_division' })
  id: string;

  @Column({ type: 'bigint' })
  suggestionId: string;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_division_suggestion' })
  suggestion?: Suggestion;

  @Column({ type: 'bigint' })
  divisionId: string;

  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'division_id', foreignKeyConstraintName: 'FK_suggestion_division_division' })
  division?: Division;
}
