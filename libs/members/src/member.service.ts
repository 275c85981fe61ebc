import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, ILike, In, Repository } from 'typeorm';

import {
  alignByKey,
  assertValid,
  assertVersion,
  containsPattern,
  groupByKey,
  NotFoundError,
  type Page,
  type RequestLoaders,
} from '@rural/core';
import { Enterprise } from '@rural/enterprises';

import { CreateMemberInput } from './dto/create-member.input.js';
import type { MembersArgs } from './dto/members.args.js';
import type { UpdateMemberInput } from './dto/update-member.input.js';
import { MemberEnterprise } from './member-enterprise.entity.js';
import { Member } from './member.entity.js';

/** Members of the county CPPCC committee (政协委员) and the enterprises they own or represent. */
@Injectable()
export class MemberService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Member) private readonly members: Repository<Member>,
    @InjectRepository(MemberEnterprise) private readonly links: Repository<MemberEnterprise>,
  ) {}

  findById(id: string): Promise<Member | null> {
    return this.members.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<Member[]> {
    return this.members.findBy({ id: In([...ids]) });
  }

  /** This request's batched loader of members by id (one query however many are asked for). */
  byIdLoader(loaders: RequestLoaders) {
    return loaders.get<string, Member>('member.byId', async (ids) => alignByKey(ids, await this.findByIds(ids), (row) => row.id));
  }

  /** This request's batched loader of each member's enterprise ids, in id order. */
  enterpriseIdsLoader(loaders: RequestLoaders) {
    return loaders.get<string, string[]>('member.enterpriseIds', async (memberIds) => {
      const links = await this.links.find({ where: { memberId: In([...memberIds]) }, order: { enterpriseId: 'ASC' } });
      return groupByKey(memberIds, links, (link) => link.memberId).map((group) => group.map((link) => link.enterpriseId));
    });
  }

  /** This request's batched loader of the ids of the members linked to each enterprise, in id order. */
  memberIdsByEnterpriseLoader(loaders: RequestLoaders) {
    return loaders.get<string, string[]>('member.idsByEnterprise', async (enterpriseIds) => {
      const links = await this.links.find({ where: { enterpriseId: In([...enterpriseIds]) }, order: { memberId: 'ASC' } });
      return groupByKey(enterpriseIds, links, (link) => link.enterpriseId).map((group) => group.map((link) => link.memberId));
    });
  }

  async list({ search, skip, take }: MembersArgs): Promise<Page<Member>> {
    const [items, totalItems] = await this.members.findAndCount({
      where: search ? { name: ILike(containsPattern(search)) } : {},
      order: { id: 'ASC' },
      skip,
      take,
    });
    return { items, totalItems };
  }

  create(input: CreateMemberInput): Promise<Member> {
    return this.dataSource.transaction(async (manager) => {
      const enterpriseIds = input.enterpriseIds ?? [];
      await this.checkEnterprisesExist(manager, enterpriseIds);
      const saved = await manager.save(
        manager.create(Member, { name: input.name, sector: input.sector ?? null, title: input.title ?? null }),
      );
      await this.replaceEnterprises(manager, saved.id, enterpriseIds);
      return manager.findOneByOrFail(Member, { id: saved.id });
    });
  }

  update(input: UpdateMemberInput): Promise<Member> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.lockedOrFail(manager, input.id);
      assertVersion(member, input.version, '委员');
      const { id, version: _version, enterpriseIds, ...changes } = input;
      const merged = { name: member.name, sector: member.sector, title: member.title, ...changes };
      const valid = await assertValid(CreateMemberInput, merged);
      await manager.update(Member, { id }, { name: valid.name, sector: valid.sector ?? null, title: valid.title ?? null });
      // Left out: the links stay; a list (null meaning none) replaces them all.
      if (enterpriseIds !== undefined) {
        await this.checkEnterprisesExist(manager, enterpriseIds ?? []);
        await this.replaceEnterprises(manager, id, enterpriseIds ?? []);
      }
      return manager.findOneByOrFail(Member, { id });
    });
  }

  delete(id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockedOrFail(manager, id);
      // Its enterprise links go with it (ON DELETE CASCADE). Matches it brokers and service teams
      // it leads or serves on refuse the delete through their foreign keys (CONFLICT): those
      // tables belong to libs that build on this one.
      await manager.delete(Member, { id });
      return id;
    });
  }

  private async lockedOrFail(manager: EntityManager, id: string): Promise<Member> {
    const member = await manager.findOne(Member, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!member) throw new NotFoundError('委员', id, 'id');
    return member;
  }

  private async checkEnterprisesExist(manager: EntityManager, enterpriseIds: string[]): Promise<void> {
    if (enterpriseIds.length === 0) return;
    const found = await manager.find(Enterprise, { select: { id: true }, where: { id: In(enterpriseIds) } });
    const known = new Set(found.map((enterprise) => enterprise.id));
    const missing = enterpriseIds.find((id) => !known.has(id));
    if (missing) throw new NotFoundError('企业', missing, 'enterpriseIds');
  }

  private async replaceEnterprises(manager: EntityManager, memberId: string, enterpriseIds: string[]): Promise<void> {
    await manager.delete(MemberEnterprise, { memberId });
    if (enterpriseIds.length > 0) {
      await manager.insert(
        MemberEnterprise,
        enterpriseIds.map((enterpriseId) => ({ memberId, enterpriseId })),
      );
    }
  }
}
