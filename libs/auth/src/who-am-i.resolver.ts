import { Query, Resolver } from '@nestjs/graphql';

import { Ctx, type RequestContext } from '@rural/core';
import { DivisionService } from '@rural/geography';

import { Caller, CallerKind } from './dto/caller.js';

/**
 * `whoAmI`: the one question every caller can ask, users and API keys alike (`me` answers users
 * only, with their account). It reads what the guard found for the token, plus the division's row.
 */
@Resolver()
export class WhoAmIResolver {
  constructor(private readonly divisions: DivisionService) {}

  @Query(() => Caller, { description: '当前调用方 — who is calling: a user or an API key, its name, role and division.' })
  async whoAmI(@Ctx() ctx: RequestContext): Promise<Caller> {
    const { caller } = ctx;
    // The caller's own division is the root of their scope, so findById (scoped) always finds it.
    const division = caller.divisionId === null ? null : await this.divisions.findById(ctx, caller.divisionId);
    return {
      kind: caller.kind === 'API_KEY' ? CallerKind.API_KEY : CallerKind.USER,
      id: caller.id,
      name: caller.username,
      role: caller.role,
      division,
    };
  }
}
