import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { Member } from '@rural/members';

import { Suggestion } from './suggestion.entity.js';

/** An author of a suggestion; position 0 is the lead author (第一提出人), who evaluates replies. */
@Entity('suggestion_author')
@Unique('UQ_suggestion_author_member', ['suggestionId', 'memberId'])
@Unique('UQ_suggestion_author_position', ['suggestionId', 'position'])
@Index('IDX_suggestion_author_member', ['memberId'])
export class SuggestionAuthor {
  /** Its own key, so the audit trail names the link. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_suggestion_author' })
  id: string;

  @Column({ type: 'bigint' })
  suggestionId: string;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_author_suggestion' })
  suggestion?: Suggestion;

  @Column({ type: 'bigint' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_suggestion_author_member' })
  member?: Member;

  /** 0 for the lead author, then the co-signers in order. */
  @Column({ type: 'int' })
  position: number;
}
