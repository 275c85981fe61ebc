import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';

import { groupByKey, type RequestLoaders } from '@rural/core';

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

  /** The matches each member brokered. */
  brokeredBy(loaders: RequestLoaders) {
    return loaders.get<string, Match[]>('member.matches', async (memberIds) => {
      const { raw, entities } = await this.matches
        .createQueryBuilder('match')
        .innerJoin(MatchBroker, 'broker', 'broker.matchId = match.id')
        .addSelect('broker.memberId', 'broker_member_id')
        .where('broker.memberId IN (:...memberIds)', { memberIds })
        .orderBy('match.id', 'ASC')
        .getRawAndEntities<{ match_id: string; broker_member_id: string }>();
      // Entities come back once per match; the raw rows say which members brokered each.
      const byId = new Map(entities.map((match) => [match.id, match]));
      const pairs = raw.map((row) => ({ memberId: String(row.broker_member_id), match: byId.get(String(row.match_id)) as Match }));
      return groupByKey(memberIds, pairs, (pair) => pair.memberId).map((group) => group.map((pair) => pair.match));
    });
  }

  /** The matches of each enterprise. */
  ofEnterprise(loaders: RequestLoaders) {
    return loaders.get<string, Match[]>('enterprise.matches', async (enterpriseIds) =>
      groupByKey(
        enterpriseIds,
        await this.matches.find({ where: { enterpriseId: In([...enterpriseIds]) }, order: { id: 'ASC' } }),
        (match) => match.enterpriseId,
      ),
    );
  }

  /** The matches run at each base. */
  atBase(loaders: RequestLoaders) {
    return loaders.get<string, Match[]>('base.matches', async (baseIds) =>
      groupByKey(
        baseIds,
        await this.matches.find({ where: { baseId: In([...baseIds]) }, order: { id: 'ASC' } }),
        (match) => match.baseId as string,
      ),
    );
  }
}
