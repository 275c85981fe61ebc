import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ForbiddenError, Role, roleCovers, type RequestContext } from '@rural/core';

import { CommitteePostKind } from './committee-post-kind.js';
import { CommitteePost } from './committee-post.entity.js';

/**
 * What the caller may do in the committee's work, from their role and their post (one read per
 * request, cached in the request's loaders). Administrators (and the service itself) may do
 * everything the office does; a post without EDITOR writes nothing but what its kind allows.
 */
@Injectable()
export class CommitteeAccess {
  constructor(private readonly dataSource: DataSource) {}

  /** The caller's post; null for API keys, the service itself and accounts without one. */
  async postOf(ctx: RequestContext): Promise<CommitteePost | null> {
    if (ctx.caller.kind !== 'USER') return null;
    const loader = ctx.loaders.get<string, CommitteePost>('committee.postOfUser', async (userIds) => {
      // Inside a use case's transaction, its connection: the embedded database has only one.
      const manager = ctx.manager ?? this.dataSource.manager;
      const posts = await manager.findBy(
        CommitteePost,
        userIds.map((userId) => ({ userId })),
      );
      return userIds.map((userId) => posts.find((post) => post.userId === userId) ?? null);
    });
    return loader.load(ctx.caller.id);
  }

  /** True for the committee office: administrators, and editors holding the OFFICE post. */
  async isOffice(ctx: RequestContext): Promise<boolean> {
    if (roleCovers(ctx.caller.role, Role.ADMIN)) return true;
    if (!roleCovers(ctx.caller.role, Role.EDITOR)) return false;
    return (await this.postOf(ctx))?.kind === CommitteePostKind.OFFICE;
  }

  /** Refuses anyone but the committee office; `action` completes "只有政协办工作人员可以…". */
  async assertOffice(ctx: RequestContext, action: string): Promise<void> {
    if (!(await this.isOffice(ctx))) throw new ForbiddenError(`只有政协办工作人员可以${action}`);
  }

  /** The handling unit a unit's staff account answers for; null for anyone else. */
  async unitOf(ctx: RequestContext): Promise<string | null> {
    const post = await this.postOf(ctx);
    return post?.kind === CommitteePostKind.UNIT ? post.handlingUnitId : null;
  }

  /** The member a member's own account belongs to; null for anyone else. */
  async memberOf(ctx: RequestContext): Promise<string | null> {
    const post = await this.postOf(ctx);
    return post?.kind === CommitteePostKind.MEMBER ? post.memberId : null;
  }
}
