import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx, type RequestContext } from '@rural/core';
import { Enterprise } from '@rural/enterprises';

import { Member } from './member.entity.js';
import { MemberService } from './member.service.js';

/** `Enterprise.members`: lives here because the enterprises lib cannot know about members. */
@Resolver(() => Enterprise)
export class EnterpriseMembersResolver {
  constructor(private readonly service: MemberService) {}

  @ResolveField(() => [Member], { description: '关联委员 — the committee members who own or represent the enterprise.' })
  async members(@Parent() enterprise: Enterprise, @Ctx() ctx: RequestContext): Promise<Member[]> {
    const ids = (await this.service.memberIdsByEnterpriseLoader(ctx).load(enterprise.id)) ?? [];
    const members = await Promise.all(ids.map((id) => this.service.byIdLoader(ctx).load(id)));
    return members.filter((member): member is Member => member !== null);
  }
}
