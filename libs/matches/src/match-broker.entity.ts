import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Member } from '@rural/members';

import { Match } from './match.entity.js';

/** A member who brokered a match. Goes with the match; a member who brokered one stays. */
@Entity('match_broker')
@Index('IDX_match_broker_member', ['memberId'])
export class MatchBroker {
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_match_broker' })
  matchId: string;

  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_match_broker' })
  memberId: string;

  @ManyToOne(() => Match, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'FK_match_broker_match' })
  match?: Match;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_match_broker_member' })
  member?: Member;
}
