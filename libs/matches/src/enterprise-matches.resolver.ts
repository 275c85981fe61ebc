import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx, type RequestContext } from '@rural/core';
import { Enterprise } from '@rural/enterprises';

import { Match } from './match.entity.js';
import { MatchLoaders } from './match.loaders.js';

/** `Enterprise.matches`, added here: enterprises know nothing of matches, which build on them. */
@Resolver(() => Enterprise)
export class EnterpriseMatchesResolver {
  constructor(private readonly related: MatchLoaders) {}

  @ResolveField(() => [Match], { description: "对接 — the enterprise's matches with villages, in id order." })
  async matches(@Parent() enterprise: Enterprise, @Ctx() ctx: RequestContext): Promise<Match[]> {
    return (await this.related.ofEnterprise(ctx).load(enterprise.id)) ?? [];
  }
}
