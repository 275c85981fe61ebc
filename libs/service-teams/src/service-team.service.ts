import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, Repository } from 'typeorm';

import {
  alignByKey,
  assertValid,
  assertVersion,
  ConflictError,
  groupByKey,
  NotFoundError,
  UserInputError,
  type Page,
  type RequestLoaders,
} from '@rural/core';
import { Member } from '@rural/members';

import { CreateServiceTeamInput } from './dto/create-service-team.input.js';
import type { ServiceTeamsArgs } from './dto/service-teams.args.js';
import type { UpdateServiceTeamInput } from './dto/update-service-team.input.js';
import { memberByIdLoader } from './related-rows.loaders.js';
import { ServiceActivity } from './service-activity.entity.js';
import { ServiceTeamMember } from './service-team-member.entity.js';
import { ServiceTeam } from './service-team.entity.js';

/** 农业科技服务团: a team led by a member, with other members serving on it. */
@Injectable()
export class ServiceTeamService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ServiceTeam) private readonly teams: Repository<ServiceTeam>,
    @InjectRepository(ServiceTeamMember) private readonly links: Repository<ServiceTeamMember>,
  ) {}

  findById(id: string): Promise<ServiceTeam | null> {
    return this.teams.findOneBy({ id });
  }

  /** This request's batched loader of teams by id (one query however many are asked for). */
  byIdLoader(loaders: RequestLoaders) {
    return loaders.get<string, ServiceTeam>('serviceTeam.byId', async (ids) =>
      alignByKey(ids, await this.teams.findBy({ id: In([...ids]) }), (row) => row.id),
    );
  }

  /** The members serving on a team (not its leader), ordered by id; batched across teams. */
  async memberIdsOf(teamId: string, loaders: RequestLoaders): Promise<string[]> {
    const loader = loaders.get<string, string[]>('serviceTeam.memberIds', async (teamIds) => {
      const links = await this.links.find({ where: { teamId: In([...teamIds]) }, order: { memberId: 'ASC' } });
      return groupByKey(teamIds, links, (link) => link.teamId).map((group) => group.map((link) => link.memberId));
    });
    return (await loader.load(teamId)) ?? [];
  }

  async membersOf(teamId: string, loaders: RequestLoaders): Promise<Member[]> {
    const ids = await this.memberIdsOf(teamId, loaders);
    const members = await memberByIdLoader(loaders, this.dataSource).loadMany(ids);
    return members.filter((member): member is Member => member instanceof Member);
  }

  async leaderOf(team: ServiceTeam, loaders: RequestLoaders): Promise<Member | null> {
    return memberByIdLoader(loaders, this.dataSource).load(team.leaderId);
  }

  /** The teams a member leads, ordered by id; batched across members. */
  async ledBy(memberId: string, loaders: RequestLoaders): Promise<ServiceTeam[]> {
    const loader = loaders.get<string, ServiceTeam[]>('serviceTeam.byLeader', async (leaderIds) =>
      groupByKey(
        leaderIds,
        await this.teams.find({ where: { leaderId: In([...leaderIds]) }, order: { id: 'ASC' } }),
        (team) => team.leaderId,
      ),
    );
    return (await loader.load(memberId)) ?? [];
  }

  async list({ memberId, skip, take }: ServiceTeamsArgs): Promise<Page<ServiceTeam>> {
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

  create(input: CreateServiceTeamInput): Promise<ServiceTeam> {
    return this.dataSource.transaction(async (manager) => {
      await this.checkPeopleExist(manager, input.leaderId, input.memberIds);
      const saved = await manager.save(manager.create(ServiceTeam, { name: input.name, leaderId: input.leaderId }));
      await this.replaceMembers(manager, saved.id, input.memberIds);
      return manager.findOneByOrFail(ServiceTeam, { id: saved.id });
    });
  }

  update(input: UpdateServiceTeamInput): Promise<ServiceTeam> {
    return this.dataSource.transaction(async (manager) => {
      const team = await this.lockedOrFail(manager, input.id);
      assertVersion(team, input.version, '服务团');
      const { id, version: _version, memberIds, ...changes } = input;
      const currentMemberIds = (await manager.findBy(ServiceTeamMember, { teamId: id })).map((link) => link.memberId);
      // null clears the members, as it clears any optional field.
      const newMemberIds = memberIds === undefined ? currentMemberIds : (memberIds ?? []);
      const merged = { name: team.name, leaderId: team.leaderId, ...changes, memberIds: newMemberIds };
      if (memberIds === undefined && currentMemberIds.includes(merged.leaderId)) {
        // Said on leaderId: the caller changed only the leader, so "memberIds" would puzzle them.
        throw UserInputError.field('leaderId', '该委员已是服务团成员；要让其任团长，请同时在 memberIds 中去掉他');
      }
      await assertValid(CreateServiceTeamInput, merged);
      await this.checkPeopleExist(manager, merged.leaderId, merged.memberIds);
      await manager.update(ServiceTeam, { id }, { name: merged.name, leaderId: merged.leaderId });
      if (memberIds !== undefined) await this.replaceMembers(manager, id, newMemberIds);
      return manager.findOneByOrFail(ServiceTeam, { id });
    });
  }

  delete(id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockedOrFail(manager, id);
      const activities = await manager.countBy(ServiceActivity, { teamId: id });
      if (activities > 0) throw new ConflictError(`该服务团已有 ${activities} 次服务活动，不能删除`, 'id');
      // Outcome records live in a lib that builds on this one, so their table is named, not imported.
      const [{ recorded }] = await manager.query<{ recorded: boolean }[]>(
        'SELECT EXISTS (SELECT 1 FROM outcome_record WHERE team_id = $1) AS recorded',
        [id],
      );
      if (recorded) throw new ConflictError('该服务团已有成效记录，不能删除', 'id');
      // The member links go with the team (ON DELETE CASCADE); the members stay.
      await manager.delete(ServiceTeam, { id });
      return id;
    });
  }

  private async lockedOrFail(manager: EntityManager, id: string): Promise<ServiceTeam> {
    const team = await manager.findOne(ServiceTeam, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!team) throw new NotFoundError('服务团', id, 'id');
    return team;
  }

  private async checkPeopleExist(manager: EntityManager, leaderId: string, memberIds: string[]): Promise<void> {
    if (!(await manager.existsBy(Member, { id: leaderId }))) throw new NotFoundError('委员', leaderId, 'leaderId');
    if (memberIds.length === 0) return;
    const found = new Set((await manager.findBy(Member, { id: In(memberIds) })).map((member) => member.id));
    const missing = memberIds.find((memberId) => !found.has(memberId));
    if (missing) throw new NotFoundError('委员', missing, 'memberIds');
  }

  private async replaceMembers(manager: EntityManager, teamId: string, memberIds: string[]): Promise<void> {
    await manager.delete(ServiceTeamMember, { teamId });
    if (memberIds.length === 0) return;
    await manager.insert(
      ServiceTeamMember,
      memberIds.map((memberId) => ({ teamId, memberId })),
    );
  }
}
