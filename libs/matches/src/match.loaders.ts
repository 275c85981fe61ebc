import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, SelectQueryBuilder } from 'typeorm';

import { groupByKey, type RequestLoaders } from '@rural/core';
import { inDivisionSubtree } from '@rural/geography';

import { MatchBroker } from './match-broker.entity.js';
import { Match } from './match.entity.js';

/**
 * This request's batched loaders around matches: each asks one query for every key the
 * resolvers wanted in the same tick, so a list of 100 matches and their brokers is two queries.
 * Lists come in id order.
 */
@Injectable()
export class MatchLoaders {
  constructor(
    @InjectRepository(Match) private readonly matches: Repository<Match>,
    @InjectRepository(MatchBroker) private readonly brokers: Repository<MatchBroker>,
  ) {}

  /** The ids of the members who brokered each match. */
  brokerIds(loaders: RequestLoaders) {
    return loaders.get<string, string[]>('match.brokerIds', async (matchIds) => {
      const links = await this.brokers.find({ where: { matchId: In([...matchIds]) }, order: { memberId: 'ASC' } });
      return groupByKey(matchIds, links, (link) => link.matchId).map((group) => group.map((link) => link.memberId));
    });
  }

  /**
   * The matches each member brokered, inside `scope` (a caller's division; null: all). Members are
   * shared by every division, their matches are not: the scope is in the statement and in the
   * loader's name, so callers of different divisions never share a batch.
   */
  brokeredBy(loaders: RequestLoaders, scope: string | null) {
    return loaders.get<string, Match[]>(`member.matches:${scope ?? '*'}`, async (memberIds) => {
      const query = this.matches
        .createQueryBuilder('match')
        .innerJoin(MatchBroker, 'broker', 'broker.matchId = match.id')
        .addSelect('broker.memberId', 'broker_member_id')
        .where('broker.memberId IN (:...memberIds)', { memberIds })
        .orderBy('match.id', 'ASC');
      const { raw, entities } = await withinScope(query, scope).getRawAndEntities<{ match_id: string; broker_member_id: string }>();
      // Entities come back once per match; the raw rows say which members brokered each.
      const byId = new Map(entities.map((match) => [match.id, match]));
      const pairs = raw.map((row) => ({ memberId: String(row.broker_member_id), match: byId.get(String(row.match_id)) as Match }));
      return groupByKey(memberIds, pairs, (pair) => pair.memberId).map((group) => group.map((pair) => pair.match));
    });
  }

  /** The matches of each enterprise inside `scope`: enterprises are shared, their matches are placed. */
  ofEnterprise(loaders: RequestLoaders, scope: string | null) {
    return loaders.get<string, Match[]>(`enterprise.matches:${scope ?? '*'}`, async (enterpriseIds) => {
      const query = this.matches.createQueryBuilder('match').where('match.enterpriseId IN (:...enterpriseIds)', { enterpriseIds });
      const matches = await withinScope(query, scope).orderBy('match.id', 'ASC').getMany();
      return groupByKey(enterpriseIds, matches, (match) => match.enterpriseId);
    });
  }

  /** The matches run at each base inside `scope` (a base's matches lie in its village; the scope holds anyway). */
  atBase(loaders: RequestLoaders, scope: string | null) {
    return loaders.get<string, Match[]>(`base.matches:${scope ?? '*'}`, async (baseIds) => {
      const query = this.matches.createQueryBuilder('match').where('match.baseId IN (:...baseIds)', { baseIds });
      const matches = await withinScope(query, scope).orderBy('match.id', 'ASC').getMany();
      return groupByKey(baseIds, matches, (match) => match.baseId as string);
    });
  }
}

/** Keeps the matches whose village lies in `scope`'s subtree; null keeps all. */
function withinScope(query: SelectQueryBuilder<Match>, scope: string | null): SelectQueryBuilder<Match> {
  return scope ? query.andWhere(inDivisionSubtree('match.villageId', 'scope'), { scope }) : query;
}
