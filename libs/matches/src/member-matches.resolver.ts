import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx, type RequestContext } from '@rural/core';
import { Member } from '@rural/members';

import { Match } from './match.entity.js';
import { MatchLoaders } from './match.loaders.js';

/** `Member.matches`, added here: members know nothing of matches, which build on them. */
@Resolver(() => Member)
export class MemberMatchesResolver {
  constructor(private readonly related: MatchLoaders) {}

  @ResolveField(() => [Match], { description: '牵线的对接 — the matches the member brokered, in id order.' })
  async matches(@Parent() member: Member, @Ctx() ctx: RequestContext): Promise<Match[]> {
    return (await this.related.brokeredBy(ctx).load(member.id)) ?? [];
  }
}
