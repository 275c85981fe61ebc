import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Member } from '@rural/members';

import { ServiceTeam } from './service-team.entity.js';

/** A member serving on a team besides its leader. Goes with the team; the member stays. */
@Entity('service_team_member')
@Index('IDX_service_team_member_member', ['memberId'])
export class ServiceTeamMember {
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_service_team_member' })
  teamId: string;

  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_service_team_member' })
  memberId: string;

  @ManyToOne(() => ServiceTeam, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'FK_service_team_member_team' })
  team?: ServiceTeam;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_service_team_member_member' })
  member?: Member;
}
