import { Injectable } from '@nestjs/common';

import {
  alignByKey,
  assertValid,
  ConflictError,
  groupByKey,
  NotFoundError,
  UserInputError,
  type Page,
  type RequestContext,
} from '@rural/core';
import { assertNoDependents, Transactions, updateVersioned } from '@rural/database';
import { Member, MemberService } from '@rural/members';

import { CreateServiceTeamInput } from './dto/create-service-team.input.js';
import type { ServiceTeamsArgs } from './dto/service-teams.args.js';
import type { UpdateServiceTeamInput } from './dto/update-service-team.input.js';
import { ServiceTeam } from './service-team.entity.js';
import { ServiceTeamRepository } from './service-team.repository.js';

/**
 * 农业科技服务团: a team led by a member, with other members serving on it. Teams are shared by
 * every division; what they did in one (their visits, their figures) is limited to the caller's.
 */
@Injectable()
export class ServiceTeamService {
  constructor(
    private readonly transactions: Transactions,
    private readonly teams: ServiceTeamRepository,
    private readonly members: MemberService,
  ) {}

  findById(_ctx: RequestContext, id: string): Promise<ServiceTeam | null> {
    return this.teams.findById(id);
  }

  /** This request's batched loader of teams by id (one query however many are asked for). */
  byIdLoader(ctx: RequestContext) {
    return ctx.loaders.get<string, ServiceTeam>('serviceTeam.byId', async (ids) =>
      alignByKey(ids, await this.teams.findByIds(ids), (row) => row.id),
    );
  }

  /** The members serving on a team (not its leader), ordered by id; batched across teams. */
  async memberIdsOf(ctx: RequestContext, teamId: string): Promise<string[]> {
    const loader = ctx.loaders.get<string, string[]>('serviceTeam.memberIds', async (teamIds) => {
      const links = await this.teams.memberLinks(teamIds);
      return groupByKey(teamIds, links, (link) => link.teamId).map((group) => group.map((link) => link.memberId));
    });
    return (await loader.load(teamId)) ?? [];
  }

  async membersOf(ctx: RequestContext, teamId: string): Promise<Member[]> {
    const ids = await this.memberIdsOf(ctx, teamId);
    const members = await this.members.byIdLoader(ctx).loadMany(ids);
    return members.filter((member): member is Member => member instanceof Member);
  }

  leaderOf(ctx: RequestContext, team: ServiceTeam): Promise<Member | null> {
    return this.members.byIdLoader(ctx).load(team.leaderId);
  }

  /** The teams a member leads, ordered by id; batched across members. */
  async ledBy(ctx: RequestContext, memberId: string): Promise<ServiceTeam[]> {
    const loader = ctx.loaders.get<string, ServiceTeam[]>('serviceTeam.byLeader', async (leaderIds) =>
      groupByKey(leaderIds, await this.teams.ledBy(leaderIds), (team) => team.leaderId),
    );
    return (await loader.load(memberId)) ?? [];
  }

  list(_ctx: RequestContext, args: ServiceTeamsArgs): Promise<Page<ServiceTeam>> {
    return this.teams.page(args);
  }

  create(ctx: RequestContext, input: CreateServiceTeamInput): Promise<ServiceTeam> {
    return this.transactions.run(ctx, async (tx) => {
      await this.checkPeopleExist(tx, input.leaderId, input.memberIds);
      await this.checkNameFree(tx, input.name, null);
      const saved = await this.teams.insert(tx, { name: input.name, leaderId: input.leaderId });
      await this.teams.replaceMembers(tx, saved.id, input.memberIds);
      // The links are rows of their own: the stored row read back by insert is still current.
      return saved;
    });
  }

  update(ctx: RequestContext, input: UpdateServiceTeamInput): Promise<ServiceTeam> {
    const { memberIds, ...teamChanges } = input;
    return updateVersioned(this.transactions, ctx, teamChanges, {
      noun: '服务团',
      lock: async (tx, id) => {
        const team = await this.lockedOrFail(tx, id);
        return { ...team, currentMemberIds: await this.teams.currentMemberIds(tx, id) };
      },
      merge: async (team, changes) => {
        // null clears the members, as it clears any optional field.
        const newMemberIds = memberIds === undefined ? team.currentMemberIds : (memberIds ?? []);
        const merged = { name: team.name, leaderId: team.leaderId, ...changes, memberIds: newMemberIds };
        if (memberIds === undefined && team.currentMemberIds.includes(merged.leaderId)) {
          // Said on leaderId: the caller changed only the leader, so "memberIds" would puzzle them.
          throw UserInputError.field('leaderId', '该委员已是服务团成员；要让其任团长，请同时在 memberIds 中去掉他');
        }
        return assertValid(CreateServiceTeamInput, merged);
      },
      write: async (tx, id, valid) => {
        await this.checkPeopleExist(tx, valid.leaderId, valid.memberIds);
        await this.checkNameFree(tx, valid.name, id);
        await this.teams.update(tx, id, { name: valid.name, leaderId: valid.leaderId });
        if (memberIds !== undefined) await this.teams.replaceMembers(tx, id, valid.memberIds);
      },
      reread: (tx, id) => this.teams.reread(tx, id),
    });
  }

  delete(ctx: RequestContext, id: string): Promise<string> {
    return this.transactions.run(ctx, async (tx) => {
      await this.lockedOrFail(tx, id);
      // The member links go with the team (ON DELETE CASCADE); the members stay.
      await assertNoDependents(tx.transaction, 'service_team', id, '该服务团');
      await this.teams.delete(tx, id);
      return id;
    });
  }

  private async lockedOrFail(ctx: RequestContext, id: string): Promise<ServiceTeam> {
    const team = await this.teams.lock(ctx, id);
    if (!team) throw new NotFoundError('服务团', id, 'id');
    return team;
  }

  /** Teams are found by name (imports), so no two share one. */
  private async checkNameFree(ctx: RequestContext, name: string, selfId: string | null): Promise<void> {
    const holder = await this.teams.findByName(ctx, name);
    if (holder && holder.id !== selfId) throw new ConflictError(`已有名为“${name}”的服务团（编号 ${holder.id}）`, 'name');
  }

  private async checkPeopleExist(ctx: RequestContext, leaderId: string, memberIds: string[]): Promise<void> {
    const found = await this.teams.existingMemberIds(ctx, [leaderId, ...memberIds]);
    if (!found.has(leaderId)) throw new NotFoundError('委员', leaderId, 'leaderId');
    const missing = memberIds.find((memberId) => !found.has(memberId));
    if (missing) throw new NotFoundError('委员', missing, 'memberIds');
  }
}
