import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Base, BaseService } from '@rural/bases';
import { CurrentUser, type AuthenticatedUser, type RequestContext } from '@rural/core';
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
  match(
    @Args('id', { type: () => ID, description: 'The match.' }) id: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<Match | null> {
    return this.service.findById(id, caller.divisionId);
  }

  @Query(() => MatchList, {
    description: '对接列表 — matches, optionally in one division, of one enterprise, brokered by one member or in one status.',
  })
  matches(@Args() args: MatchesArgs, @CurrentUser() caller: AuthenticatedUser): Promise<MatchList> {
    return this.service.list(args, caller.divisionId);
  }

  @Mutation(() => Match, { description: '新建对接 — pairs an enterprise with a village (and a base there), brokered by members.' })
  createMatch(@Args('input') input: CreateMatchInput): Promise<Match> {
    return this.service.create(input);
  }

  @Mutation(() => Match, { description: '修改对接 — changes a match; brokerIds, when given, replaces the brokers.' })
  updateMatch(@Args('input') input: UpdateMatchInput): Promise<Match> {
    return this.service.update(input);
  }

  @Mutation(() => ID, { description: '删除对接 — refused (CONFLICT) while outcome records refer to it; its broker links go with it.' })
  deleteMatch(@Args('id', { type: () => ID, description: 'The match.' }) id: string): Promise<string> {
    return this.service.delete(id);
  }

  @ResolveField(() => Enterprise, { description: '企业 — the enterprise brought to the village.' })
  enterprise(@Parent() match: Match, @Context() { loaders }: RequestContext): Promise<Enterprise | null> {
    return this.enterprises.byIdLoader(loaders).load(match.enterpriseId);
  }

  @ResolveField(() => Division, { description: '对接村 — the village the enterprise was paired with.' })
  village(@Parent() match: Match, @Context() { loaders }: RequestContext): Promise<Division | null> {
    return this.divisions.byIdLoader(loaders).load(match.villageId);
  }

  @ResolveField(() => Division, {
    nullable: true,
    description:
      "所在乡镇 — the town the village lies in; null when the village is under no town, or the town lies outside the caller's division.",
  })
  async town(@Parent() match: Match, @Context() { loaders, user }: RequestContext): Promise<Division | null> {
    const town = await this.bases.townOfVillage(loaders, match.villageId);
    return town && withinScope(town.ancestorIds, user?.divisionId) ? town : null;
  }

  @ResolveField(() => Base, { nullable: true, description: '基地 — the base built or run under the match; null when none is recorded.' })
  base(@Parent() match: Match, @Context() { loaders }: RequestContext): Promise<Base | null> | null {
    if (!match.baseId) return null;
    return this.bases.byIdLoader(loaders).load(match.baseId);
  }

  @ResolveField(() => [ID], { description: '牵线委员编号 — the ids of the members who brokered the match, in id order.' })
  async brokerIds(@Parent() match: Match, @Context() { loaders }: RequestContext): Promise<string[]> {
    return (await this.related.brokerIds(loaders).load(match.id)) ?? [];
  }

  @ResolveField(() => [Member], { description: '牵线委员 — the members who brokered the match, in id order.' })
  async brokers(@Parent() match: Match, @Context() { loaders }: RequestContext): Promise<Member[]> {
    const ids = (await this.related.brokerIds(loaders).load(match.id)) ?? [];
    const members = await this.members.byIdLoader(loaders).loadMany(ids);
    return members.filter((member): member is Member => member instanceof Member);
  }
}
