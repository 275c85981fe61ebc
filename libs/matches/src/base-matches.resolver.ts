import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Base } from '@rural/bases';
import { Ctx, type RequestContext } from '@rural/core';

import { Match } from './match.entity.js';
import { MatchLoaders } from './match.loaders.js';

/** `Base.matches`, added here: bases know nothing of matches, which build on them. */
@Resolver(() => Base)
export class BaseMatchesResolver {
  constructor(private readonly related: MatchLoaders) {}

  @ResolveField(() => [Match], { description: '对接 — the matches run at this base, in id order.' })
  async matches(@Parent() base: Base, @Ctx() ctx: RequestContext): Promise<Match[]> {
    return (await this.related.atBase(ctx).load(base.id)) ?? [];
  }
}
