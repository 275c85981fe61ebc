import { Injectable } from '@nestjs/common';

import { User } from '@rural/auth';
import { ForbiddenError, NotFoundError, UserInputError, type RequestContext } from '@rural/core';
import { Transactions } from '@rural/database';
import { assertDivisionWithinScope } from '@rural/geography';
import { Member } from '@rural/members';

import { CommitteePostKind } from './committee-post-kind.js';
import { CommitteePost } from './committee-post.entity.js';
import type { SetCommitteePostInput } from './dto/set-committee-post.input.js';
import { HandlingUnit } from './handling-unit.entity.js';

/** Gives accounts their post in the committee's work (an administrator's task, like roles). */
@Injectable()
export class CommitteePostService {
  constructor(private readonly transactions: Transactions) {}

  /** This request's batched loader of posts by account. */
  byUserLoader(ctx: RequestContext) {
    return ctx.loaders.get<string, CommitteePost>('committeePost.byUser', async (userIds) => {
      const posts = await this.transactions.manager(ctx).findBy(
        CommitteePost,
        userIds.map((userId) => ({ userId })),
      );
      return userIds.map((userId) => posts.find((post) => post.userId === userId) ?? null);
    });
  }

  set(ctx: RequestContext, input: SetCommitteePostInput): Promise<User> {
    return this.transactions.run(ctx, async (tx) => {
      const user = await this.managedUser(tx, input.userId);
      const post = await this.checkedPost(tx, input);
      const held = await tx.transaction.findOneBy(CommitteePost, { userId: input.userId });
      await tx.transaction.save(CommitteePost, held ? Object.assign(held, post) : post);
      return user;
    });
  }

  remove(ctx: RequestContext, userId: string): Promise<User> {
    return this.transactions.run(ctx, async (tx) => {
      const user = await this.managedUser(tx, userId);
      await tx.transaction.delete(CommitteePost, { userId });
      return user;
    });
  }

  /** The account, locked; a scoped administrator manages the accounts of their own division only. */
  private async managedUser(ctx: RequestContext, userId: string): Promise<User> {
    const user = await ctx.transaction.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw new NotFoundError('账号', userId, 'userId');
    if (ctx.scope) {
      if (!user.divisionId) throw new ForbiddenError('该账号不限区划，只有不限区划的管理员可以修改');
      await assertDivisionWithinScope(ctx, user.divisionId, `用户“${user.username}”`);
    }
    return user;
  }

  /** The post as stored: a unit for UNIT, a member (without another account) for MEMBER, nothing else. */
  private async checkedPost(ctx: RequestContext, input: SetCommitteePostInput): Promise<CommitteePost> {
    const unitId = input.kind === CommitteePostKind.UNIT ? input.handlingUnitId : null;
    const memberId = input.kind === CommitteePostKind.MEMBER ? input.memberId : null;
    if (input.kind === CommitteePostKind.UNIT && !unitId) {
      throw new UserInputError({ field: 'handlingUnitId', message: '承办单位工作人员须指定所属承办单位' });
    }
    if (input.kind === CommitteePostKind.MEMBER && !memberId) {
      throw new UserInputError({ field: 'memberId', message: '委员本人账号须指定对应的委员' });
    }
    if (unitId && !(await ctx.transaction.existsBy(HandlingUnit, { id: unitId }))) {
      throw new NotFoundError('承办单位', unitId, 'handlingUnitId');
    }
    if (memberId) {
      if (!(await ctx.transaction.existsBy(Member, { id: memberId }))) throw new NotFoundError('委员', memberId, 'memberId');
      const holder = await ctx.transaction.findOneBy(CommitteePost, { memberId });
      if (holder && holder.userId !== input.userId) {
        throw new UserInputError({ field: 'memberId', message: `该委员已有本人账号（账号编号 ${holder.userId}）` });
      }
    }
    return { userId: input.userId, kind: input.kind, handlingUnitId: unitId, memberId } as CommitteePost;
  }
}
