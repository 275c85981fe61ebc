import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { Match } from '@rural/matches';

import { Suggestion } from './suggestion.entity.js';

/** One of the matches a suggestion is about (对接); goes with the suggestion, keeps the 对接. */
@Entity('suggestion_match')
@Unique('UQ_suggestion_match_pair', ['suggestionId', 'matchId'])
@Index('IDX_suggestion_match_match', ['matchId'])
export class SuggestionMatch {
  /** Its own key, so the audit trail names the link. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_suggestion_match' })
  id: string;

  @Column({ type: 'bigint' })
  suggestionId: string;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_match_suggestion' })
  suggestion?: Suggestion;

  @Column({ type: 'bigint' })
  matchId: string;

  @ManyToOne(() => Match, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'FK_suggestion_match_match' })
  match?: Match;
}
