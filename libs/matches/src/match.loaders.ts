import { Injectable } from '@nestjs/common';

import { groupByKey, type RequestContext } from '@rural/core';

import { Match } from './match.entity.js';
import { MatchRepository } from './match.repository.js';

/**
 * This request's batched loaders around matches: each asks one query for every key the
 * resolvers wanted in the same tick, so a list of 100 matches and their brokers is two queries.
 * Lists come in id order, limited to the caller's division: enterprises and members are shared
 * by every division, their matches are not.
 */
@Injectable()
export class MatchLoaders {
  constructor(private readonly matches: MatchRepository) {}

  /** The ids of the members who brokered each match. */
  brokerIds(ctx: RequestContext) {
    return ctx.loaders.get<string, string[]>('match.brokerIds', async (matchIds) => {
      const links = await this.matches.brokerLinks(matchIds);
      return groupByKey(matchIds, links, (link) => link.matchId).map((group) => group.map((link) => link.memberId));
    });
  }

  /** The matches each member brokered. */
  brokeredBy(ctx: RequestContext) {
    return ctx.loaders.get<string, Match[]>('member.matches', async (memberIds) => {
      const pairs = await this.matches.brokeredBy(memberIds, ctx.scope);
      return groupByKey(memberIds, pairs, (pair) => pair.memberId).map((group) => group.map((pair) => pair.match));
    });
  }

  /** The matches of each enterprise. */
  ofEnterprise(ctx: RequestContext) {
    return ctx.loaders.get<string, Match[]>('enterprise.matches', async (enterpriseIds) =>
      groupByKey(enterpriseIds, await this.matches.ofEnterprises(enterpriseIds, ctx.scope), (match) => match.enterpriseId),
    );
  }

  /** The matches run at each base. */
  atBase(ctx: RequestContext) {
    return ctx.loaders.get<string, Match[]>('base.matches', async (baseIds) =>
      groupByKey(baseIds, await this.matches.atBases(baseIds, ctx.scope), (match) => match.baseId as string),
    );
  }
}
