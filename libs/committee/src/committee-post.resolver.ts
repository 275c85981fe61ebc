import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { CallerKind, User, WhoAmI } from '@rural/auth';
import { Allow, Ctx, Role, type RequestContext } from '@rural/core';
import { Member, MemberService } from '@rural/members';

import { CommitteePost } from './committee-post.entity.js';
import { CommitteePostService } from './committee-post.service.js';
import { SetCommitteePostInput } from './dto/set-committee-post.input.js';
import { HandlingUnit } from './handling-unit.entity.js';
import { HandlingUnitService } from './handling-unit.service.js';

/** The post on the account (`User.committeePost`) and the administrator's mutations that set it. */
@Resolver(() => User)
export class UserCommitteePostResolver {
  constructor(private readonly posts: CommitteePostService) {}

  @ResolveField(() => CommitteePost, {
    nullable: true,
    description: '履职岗位 — the account’s post in the committee’s work; null when it holds none.',
  })
  committeePost(@Parent() user: User, @Ctx() ctx: RequestContext): Promise<CommitteePost | null> {
    return this.posts.byUserLoader(ctx).load(user.id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => User, {
    description: '设置履职岗位 — gives an account its post (政协办, a unit’s staff, a member); administrators only.',
  })
  setCommitteePost(@Ctx() ctx: RequestContext, @Args('input') input: SetCommitteePostInput): Promise<User> {
    return this.posts.set(ctx, input);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => User, { description: '取消履职岗位 — takes the account’s post away; administrators only.' })
  removeCommitteePost(
    @Ctx() ctx: RequestContext,
    @Args('userId', { type: () => ID, description: 'The account.' }) userId: string,
  ): Promise<User> {
    return this.posts.remove(ctx, userId);
  }
}

/** What a post points at. */
@Resolver(() => CommitteePost)
export class CommitteePostFieldsResolver {
  constructor(
    private readonly units: HandlingUnitService,
    private readonly members: MemberService,
  ) {}

  @ResolveField(() => HandlingUnit, { nullable: true, description: '承办单位 — for a unit’s staff, the unit.' })
  handlingUnit(@Parent() post: CommitteePost, @Ctx() ctx: RequestContext): Promise<HandlingUnit | null> | null {
    return post.handlingUnitId ? this.units.byIdLoader(ctx).load(post.handlingUnitId) : null;
  }

  @ResolveField(() => Member, { nullable: true, description: '委员 — for a member’s own account, the member.' })
  member(@Parent() post: CommitteePost, @Ctx() ctx: RequestContext): Promise<Member | null> | null {
    return post.memberId ? this.members.byIdLoader(ctx).load(post.memberId) : null;
  }
}

/** The caller's own post on `whoAmI`, so the console shows each post its pages. */
@Resolver(() => WhoAmI)
export class WhoAmICommitteePostResolver {
  constructor(private readonly posts: CommitteePostService) {}

  @ResolveField(() => CommitteePost, {
    nullable: true,
    description: '履职岗位 — the calling account’s post in the committee’s work; null for API keys and accounts without one.',
  })
  committeePost(@Parent() caller: WhoAmI, @Ctx() ctx: RequestContext): Promise<CommitteePost | null> | null {
    return caller.kind === CallerKind.USER ? this.posts.byUserLoader(ctx).load(caller.id) : null;
  }
}
