import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ILike, In, Repository } from 'typeorm';

import { containsPattern, type Page, type RequestContext } from '@rural/core';
import { AggregateRows } from '@rural/database';
import { Enterprise } from '@rural/enterprises';
import { Division } from '@rural/geography';

import type { MembersArgs } from './dto/members.args.js';
import { MemberEnterprise } from './member-enterprise.entity.js';
import { Member } from './member.entity.js';

/** Columns a member is written with. */
export type MemberRow = Pick<Member, 'name' | 'sector' | 'title' | 'divisionId'>;

/** Every statement the members lib runs on `member` and `member_enterprise`. */
@Injectable()
export class MemberRepository extends AggregateRows<Member, MemberRow> {
  constructor(
    @InjectRepository(Member) private readonly members: Repository<Member>,
    @InjectRepository(MemberEnterprise) private readonly links: Repository<MemberEnterprise>,
  ) {
    super(Member);
  }

  findById(id: string): Promise<Member | null> {
    return this.members.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<Member[]> {
    return this.members.findBy({ id: In([...ids]) });
  }

  async page({ search, skip, take }: MembersArgs): Promise<Page<Member>> {
    const [items, totalItems] = await this.members.findAndCount({
      where: search ? { name: ILike(containsPattern(search)) } : {},
      order: { id: 'ASC' },
      skip,
      take,
    });
    return { items, totalItems };
  }

  /** The enterprise links of many members, in enterprise id order. */
  linksOfMembers(memberIds: readonly string[]): Promise<MemberEnterprise[]> {
    return this.links.find({ where: { memberId: In([...memberIds]) }, order: { enterpriseId: 'ASC' } });
  }

  /** The member links of many enterprises, in member id order. */
  linksOfEnterprises(enterpriseIds: readonly string[]): Promise<MemberEnterprise[]> {
    return this.links.find({ where: { enterpriseId: In([...enterpriseIds]) }, order: { memberId: 'ASC' } });
  }

  /** Which of these enterprises exist. */
  async existingEnterpriseIds(ctx: RequestContext, ids: string[]): Promise<Set<string>> {
    const found = await ctx.transaction.find(Enterprise, { select: { id: true }, where: { id: In(ids) } });
    return new Set(found.map((enterprise) => enterprise.id));
  }

  /** The ancestors (self included) of a division; null when there is no such division. */
  async divisionAncestors(ctx: RequestContext, divisionId: string): Promise<string[] | null> {
    const division = await ctx.transaction.findOne(Division, { select: { id: true, ancestorIds: true }, where: { id: divisionId } });
    return division?.ancestorIds ?? null;
  }

  /** Makes the member's enterprises exactly `enterpriseIds`. */
  async replaceEnterprises(ctx: RequestContext, memberId: string, enterpriseIds: string[]): Promise<void> {
    const manager = ctx.transaction;
    await manager.delete(MemberEnterprise, { memberId });
    if (enterpriseIds.length > 0) {
      await manager.insert(
        MemberEnterprise,
        enterpriseIds.map((enterpriseId) => ({ memberId, enterpriseId })),
      );
    }
  }
}
