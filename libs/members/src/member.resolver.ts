import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx, type RequestContext } from '@rural/core';
import { Enterprise, EnterpriseService } from '@rural/enterprises';

import { CreateMemberInput } from './dto/create-member.input.js';
import { MemberList } from './dto/member-list.js';
import { MembersArgs } from './dto/members.args.js';
import { UpdateMemberInput } from './dto/update-member.input.js';
import { Member } from './member.entity.js';
import { MemberService } from './member.service.js';

@Resolver(() => Member)
export class MemberResolver {
  constructor(
    private readonly service: MemberService,
    private readonly enterpriseService: EnterpriseService,
  ) {}

  @Query(() => Member, { nullable: true, description: '政协委员 — one member by id; null when there is none.' })
  member(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The member.' }) id: string): Promise<Member | null> {
    return this.service.findById(ctx, id);
  }

  @Query(() => MemberList, { description: '委员列表 — committee members, optionally searched by name.' })
  members(@Ctx() ctx: RequestContext, @Args() args: MembersArgs): Promise<MemberList> {
    return this.service.list(ctx, args);
  }

  @Mutation(() => Member, { description: '新建委员 — records a committee member and the enterprises they own or represent.' })
  createMember(@Ctx() ctx: RequestContext, @Args('input') input: CreateMemberInput): Promise<Member> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => Member, { description: "修改委员 — changes a member's name, sector, title or enterprises." })
  updateMember(@Ctx() ctx: RequestContext, @Args('input') input: UpdateMemberInput): Promise<Member> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => ID, {
    description: '删除委员 — refused (CONFLICT) while the member brokers a match or leads or serves on a service team.',
  })
  deleteMember(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The member.' }) id: string): Promise<string> {
    return this.service.delete(ctx, id);
  }

  @ResolveField(() => [ID], { description: '所属企业 — ids of the enterprises the member owns or represents.' })
  async enterpriseIds(@Parent() member: Member, @Ctx() ctx: RequestContext): Promise<string[]> {
    return (await this.service.enterpriseIdsLoader(ctx).load(member.id)) ?? [];
  }

  @ResolveField(() => [Enterprise], { description: '所属企业 — the enterprises the member owns or represents.' })
  async enterprises(@Parent() member: Member, @Ctx() ctx: RequestContext): Promise<Enterprise[]> {
    const ids = (await this.service.enterpriseIdsLoader(ctx).load(member.id)) ?? [];
    const enterprises = await Promise.all(ids.map((id) => this.enterpriseService.byIdLoader(ctx).load(id)));
    return enterprises.filter((enterprise): enterprise is Enterprise => enterprise !== null);
  }
}
