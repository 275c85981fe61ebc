import { Injectable } from '@nestjs/common';

import { alignByKey, assertValid, groupByKey, NotFoundError, type Page, type RequestContext } from '@rural/core';
import { assertNoDependents, Transactions, updateVersioned } from '@rural/database';
import { assertWithinScope } from '@rural/geography';

import { CreateMemberInput } from './dto/create-member.input.js';
import type { MembersArgs } from './dto/members.args.js';
import type { UpdateMemberInput } from './dto/update-member.input.js';
import { Member } from './member.entity.js';
import { MemberRepository, type MemberRow } from './member.repository.js';

/**
 * Members of the county CPPCC committee (政协委员) and the enterprises they own or represent: a
 * registry shared by every division, read without a scope; their work is limited by the libs that record it.
 */
@Injectable()
export class MemberService {
  constructor(
    private readonly transactions: Transactions,
    private readonly members: MemberRepository,
  ) {}

  findById(_ctx: RequestContext, id: string): Promise<Member | null> {
    return this.members.findById(id);
  }

  /** This request's batched loader of members by id (one query however many are asked for). */
  byIdLoader(ctx: RequestContext) {
    return ctx.loaders.get<string, Member>('member.byId', async (ids) =>
      alignByKey(ids, await this.members.findByIds(ids), (row) => row.id),
    );
  }

  /** This request's batched loader of each member's enterprise ids, in id order. */
  enterpriseIdsLoader(ctx: RequestContext) {
    return ctx.loaders.get<string, string[]>('member.enterpriseIds', async (memberIds) => {
      const links = await this.members.linksOfMembers(memberIds);
      return groupByKey(memberIds, links, (link) => link.memberId).map((group) => group.map((link) => link.enterpriseId));
    });
  }

  /** This request's batched loader of the ids of the members linked to each enterprise, in id order. */
  memberIdsByEnterpriseLoader(ctx: RequestContext) {
    return ctx.loaders.get<string, string[]>('member.idsByEnterprise', async (enterpriseIds) => {
      const links = await this.members.linksOfEnterprises(enterpriseIds);
      return groupByKey(enterpriseIds, links, (link) => link.enterpriseId).map((group) => group.map((link) => link.memberId));
    });
  }

  list(_ctx: RequestContext, args: MembersArgs): Promise<Page<Member>> {
    return this.members.page(args);
  }

  create(ctx: RequestContext, input: CreateMemberInput): Promise<Member> {
    return this.transactions.run(ctx, async (tx) => {
      const enterpriseIds = input.enterpriseIds ?? [];
      await this.checkEnterprisesExist(tx, enterpriseIds);
      await this.checkDivision(tx, input.divisionId ?? null);
      const saved = await this.members.insert(tx, toRow(input));
      await this.members.replaceEnterprises(tx, saved.id, enterpriseIds);
      // The links are rows of their own: the stored row read back by insert is still current.
      return saved;
    });
  }

  update(ctx: RequestContext, input: UpdateMemberInput): Promise<Member> {
    const { enterpriseIds, ...memberChanges } = input;
    return updateVersioned(this.transactions, ctx, memberChanges, {
      noun: '委员',
      lock: (tx, id) => this.lockedOrFail(tx, id),
      merge: (member, changes) => assertValid(CreateMemberInput, { ...toRow(member), ...changes }),
      write: async (tx, id, valid, stored) => {
        // Only a move is checked: a town clerk may still correct a county member's title.
        if ((valid.divisionId ?? null) !== stored.divisionId) {
          if (stored.divisionId) await this.checkDivision(tx, stored.divisionId);
          await this.checkDivision(tx, valid.divisionId ?? null);
        }
        await this.members.update(tx, id, toRow(valid));
        // Left out: the links stay; a list (null meaning none) replaces them all.
        if (enterpriseIds !== undefined) {
          await this.checkEnterprisesExist(tx, enterpriseIds ?? []);
          await this.members.replaceEnterprises(tx, id, enterpriseIds ?? []);
        }
      },
      reread: (tx, id) => this.members.reread(tx, id),
    });
  }

  delete(ctx: RequestContext, id: string): Promise<string> {
    return this.transactions.run(ctx, async (tx) => {
      await this.lockedOrFail(tx, id);
      // Its enterprise links go with it (ON DELETE CASCADE); what other libs hold is counted.
      await assertNoDependents(tx.transaction, 'member', id, '该委员');
      await this.members.delete(tx, id);
      return id;
    });
  }

  private async lockedOrFail(ctx: RequestContext, id: string): Promise<Member> {
    const member = await this.members.lock(ctx, id);
    if (!member) throw new NotFoundError('委员', id, 'id');
    return member;
  }

  /** The committee division must exist and, for a scoped caller, lie inside their division. */
  private async checkDivision(ctx: RequestContext, divisionId: string | null): Promise<void> {
    if (!divisionId) return;
    const ancestors = await this.members.divisionAncestors(ctx, divisionId);
    if (!ancestors) throw new NotFoundError('区划', divisionId, 'divisionId');
    assertWithinScope(ctx, ancestors, '所属政协');
  }

  private async checkEnterprisesExist(ctx: RequestContext, enterpriseIds: string[]): Promise<void> {
    if (enterpriseIds.length === 0) return;
    const known = await this.members.existingEnterpriseIds(ctx, enterpriseIds);
    const missing = enterpriseIds.find((id) => !known.has(id));
    if (missing) throw new NotFoundError('企业', missing, 'enterpriseIds');
  }
}

function toRow(input: CreateMemberInput | Member): MemberRow {
  return { name: input.name, sector: input.sector ?? null, title: input.title ?? null, divisionId: input.divisionId ?? null };
}
