import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, Repository } from 'typeorm';

import type { Page, RequestContext } from '@rural/core';
import { AggregateRows } from '@rural/database';
import { Member } from '@rural/members';

import type { ServiceTeamsArgs } from './dto/service-teams.args.js';
import { ServiceTeamMember } from './service-team-member.entity.js';
import { ServiceTeam } from './service-team.entity.js';

/** Columns a team is written with. */
export type ServiceTeamRow = Pick<ServiceTeam, 'name' | 'leaderId'>;

/** Every statement the service-teams lib runs on `service_team` and `service_team_member`. */
@Injectable()
export class ServiceTeamRepository extends AggregateRows<ServiceTeam, ServiceTeamRow> {
  constructor(
    @InjectRepository(ServiceTeam) private readonly teams: Repository<ServiceTeam>,
    @InjectRepository(ServiceTeamMember) private readonly links: Repository<ServiceTeamMember>,
  ) {
    super(ServiceTeam);
  }

  findById(id: string): Promise<ServiceTeam | null> {
    return this.teams.findOneBy({ id });
  }

  /** The team of exactly this name: its natural key. */
  findByName(ctx: RequestContext, name: string): Promise<ServiceTeam | null> {
    return ctx.transaction.findOneBy(ServiceTeam, { name });
  }

  findByIds(ids: readonly string[]): Promise<ServiceTeam[]> {
    return this.teams.findBy({ id: In([...ids]) });
  }

  /** The member links of many teams, in member id order. */
  memberLinks(teamIds: readonly string[]): Promise<ServiceTeamMember[]> {
    return this.links.find({ where: { teamId: In([...teamIds]) }, order: { memberId: 'ASC' } });
  }

  /** The teams these members lead, in id order. */
  ledBy(leaderIds: readonly string[]): Promise<ServiceTeam[]> {
    return this.teams.find({ where: { leaderId: In([...leaderIds]) }, order: { id: 'ASC' } });
  }

  async page({ memberId, skip, take }: ServiceTeamsArgs): Promise<Page<ServiceTeam>> {
    const query = this.teams.createQueryBuilder('team').orderBy('team.id', 'ASC').skip(skip).take(take);
    if (memberId) {
      query.where(
        new Brackets((where) =>
          where
            .where('team.leaderId = :memberId')
            .orWhere('EXISTS (SELECT 1 FROM service_team_member link WHERE link.team_id = team.id AND link.member_id = :memberId)'),
        ),
        { memberId },
      );
    }
    const [items, totalItems] = await query.getManyAndCount();
    return { items, totalItems };
  }

  async currentMemberIds(ctx: RequestContext, teamId: string): Promise<string[]> {
    return (await ctx.transaction.findBy(ServiceTeamMember, { teamId })).map((link) => link.memberId);
  }

  async existingMemberIds(ctx: RequestContext, ids: string[]): Promise<Set<string>> {
    return new Set((await ctx.transaction.findBy(Member, { id: In(ids) })).map((member) => member.id));
  }

  /** Makes the team's members exactly `memberIds`. */
  async replaceMembers(ctx: RequestContext, teamId: string, memberIds: string[]): Promise<void> {
    const manager = ctx.transaction;
    await manager.delete(ServiceTeamMember, { teamId });
    if (memberIds.length === 0) return;
    await manager.insert(
      ServiceTeamMember,
      memberIds.map((memberId) => ({ teamId, memberId })),
    );
  }
}
