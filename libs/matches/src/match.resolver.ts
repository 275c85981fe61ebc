import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Base, BaseService } from '@rural/bases';
import { Ctx, type RequestContext } from '@rural/core';
import { Enterprise, EnterpriseService } from '@rural/enterprises';
import { Division, DivisionService, withinScope } from '@rural/geography';
import { Member, MemberService } from '@rural/members';

import { CreateMatchInput } from './dto/create-match.input.js';
import { MatchList } from './dto/match-list.js';
import { MatchesArgs } from './dto/matches.args.js';
import { UpdateMatchInput } from './dto/update-match.input.js';
import { Match } from './match.entity.js';
import { MatchLoaders } from './match.loaders.js';
import { MatchService } from './match.service.js';

@Resolver(() => Match)
export class MatchResolver {
  constructor(
    private readonly service: MatchService,
    private readonly related: MatchLoaders,
    private readonly divisions: DivisionService,
    private readonly enterprises: EnterpriseService,
    private readonly members: MemberService,
    private readonly bases: BaseService,
  ) {}

  @Query(() => Match, { nullable: true, description: '引企下乡对接 — one match by id; null when there is none.' })
  match(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The match.' }) id: string): Promise<Match | null> {
    return this.service.findById(ctx, id);
  }

  @Query(() => MatchList, {
    description: '对接列表 — matches, optionally in one division, of one enterprise, brokered by one member or in one status.',
  })
  matches(@Ctx() ctx: RequestContext, @Args() args: MatchesArgs): Promise<MatchList> {
    return this.service.list(ctx, args);
  }

  @Mutation(() => Match, { description: '新建对接 — pairs an enterprise with a village (and a base there), brokered by members.' })
  createMatch(@Ctx() ctx: RequestContext, @Args('input') input: CreateMatchInput): Promise<Match> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => Match, { description: '修改对接 — changes a match; brokerIds, when given, replaces the brokers.' })
  updateMatch(@Ctx() ctx: RequestContext, @Args('input') input: UpdateMatchInput): Promise<Match> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => ID, { description: '删除对接 — refused (CONFLICT) while outcome records refer to it; its broker links go with it.' })
  deleteMatch(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The match.' }) id: string): Promise<string> {
    return this.service.delete(ctx, id);
  }

  @ResolveField(() => Enterprise, { description: '企业 — the enterprise brought to the village.' })
  enterprise(@Parent() match: Match, @Ctx() ctx: RequestContext): Promise<Enterprise | null> {
    return this.enterprises.byIdLoader(ctx).load(match.enterpriseId);
  }

  @ResolveField(() => Division, { description: '对接村 — the village the enterprise was paired with.' })
  village(@Parent() match: Match, @Ctx() ctx: RequestContext): Promise<Division | null> {
    return this.divisions.byIdLoader(ctx).load(match.villageId);
  }

  @ResolveField(() => Division, {
    nullable: true,
    description:
      "所在乡镇 — the town the village lies in; null when the village is under no town, or the town lies outside the caller's division.",
  })
  async town(@Parent() match: Match, @Ctx() ctx: RequestContext): Promise<Division | null> {
    const town = await this.bases.townOfVillage(ctx, match.villageId);
    return town && withinScope(town.ancestorIds, ctx.scope) ? town : null;
  }

  @ResolveField(() => Base, { nullable: true, description: '基地 — the base built or run under the match; null when none is recorded.' })
  base(@Parent() match: Match, @Ctx() ctx: RequestContext): Promise<Base | null> | null {
    if (!match.baseId) return null;
    return this.bases.byIdLoader(ctx).load(match.baseId);
  }

  @ResolveField(() => [ID], { description: '牵线委员编号 — the ids of the members who brokered the match, in id order.' })
  async brokerIds(@Parent() match: Match, @Ctx() ctx: RequestContext): Promise<string[]> {
    return (await this.related.brokerIds(ctx).load(match.id)) ?? [];
  }

  @ResolveField(() => [Member], { description: '牵线委员 — the members who brokered the match, in id order.' })
  async brokers(@Parent() match: Match, @Ctx() ctx: RequestContext): Promise<Member[]> {
    const ids = (await this.related.brokerIds(ctx).load(match.id)) ?? [];
    const members = await this.members.byIdLoader(ctx).loadMany(ids);
    return members.filter((member): member is Member => member instanceof Member);
  }
}
