import { Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { CurrentUser, type AuthenticatedUser } from '@rural/core';
import { Division } from '@rural/geography';

import { Caller, CallerKind } from './dto/caller.js';

/**
 * `whoAmI`: the one question every caller can ask, users and API keys alike (`me` answers users
 * only, with their account). It reads what the guard found for the token, plus the division's row.
 */
@Resolver()
export class WhoAmIResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Query(() => Caller, { description: '当前调用方 — who is calling: a user or an API key, its name, role and division.' })
  async whoAmI(@CurrentUser() caller: AuthenticatedUser): Promise<Caller> {
    // The caller's own division is the root of their scope, so it is always theirs to read.
    const division = caller.divisionId === null ? null : await this.dataSource.getRepository(Division).findOneBy({ id: caller.divisionId });
    return {
      kind: caller.kind === 'API_KEY' ? CallerKind.API_KEY : CallerKind.USER,
      id: caller.id,
      name: caller.username,
      role: caller.role,
      division,
    };
  }
}
