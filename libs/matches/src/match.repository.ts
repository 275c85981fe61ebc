import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository, type SelectQueryBuilder } from 'typeorm';

import { Base } from '@rural/bases';
import { pageOf, type Page, type RequestContext } from '@rural/core';
import { AggregateRows } from '@rural/database';
import { Enterprise } from '@rural/enterprises';
import { inDivisionSubtree } from '@rural/geography';
import { Member } from '@rural/members';

import type { MatchesArgs } from './dto/matches.args.js';
import { MatchBroker } from './match-broker.entity.js';
import { Match } from './match.entity.js';

/** Columns a match is written with. */
export type MatchRow = Pick<Match, 'enterpriseId' | 'villageId' | 'baseId' | 'status' | 'signedOn' | 'investmentYuan'>;

/**
 * Every statement the matches lib runs on `match` and `match_broker`. Each read takes the scope
 * of the caller (a division id, or null for unlimited): a match is placed in its village, and a
 * caller limited to a division reaches no match outside it by any road — by id, in a list, or
 * as the matches of an enterprise, a member or a base.
 */
@Injectable()
export class MatchRepository extends AggregateRows<Match, MatchRow> {
  constructor(
    @InjectRepository(Match) private readonly matches: Repository<Match>,
    @InjectRepository(MatchBroker) private readonly brokers: Repository<MatchBroker>,
  ) {
    super(Match);
  }

  findById(id: string, scope: string | null): Promise<Match | null> {
    return scoped(this.matches.createQueryBuilder('match').where('match.id = :id', { id }), scope).getOne();
  }

  findByIds(ids: readonly string[], scope: string | null): Promise<Match[]> {
    return scoped(this.matches.createQueryBuilder('match').where('match.id IN (:...ids)', { ids }), scope).getMany();
  }

  /** One statement: the page and the number of matches over all pages. */
  page({ filter, skip, take }: MatchesArgs, scope: string | null): Promise<Page<Match>> {
    const query = scoped(this.matches.createQueryBuilder('match'), scope);
    if (filter?.divisionId) query.andWhere(inDivisionSubtree('match.villageId', 'divisionId'), { divisionId: filter.divisionId });
    if (filter?.enterpriseId) query.andWhere('match.enterpriseId = :enterpriseId', { enterpriseId: filter.enterpriseId });
    if (filter?.status) query.andWhere('match.status = :status', { status: filter.status });
    if (filter?.memberId) {
      query.andWhere('EXISTS (SELECT 1 FROM match_broker broker WHERE broker.match_id = match.id AND broker.member_id = :memberId)', {
        memberId: filter.memberId,
      });
    }
    return pageOf(query, { skip, take });
  }

  /** The broker links of many matches, in member id order. */
  brokerLinks(matchIds: readonly string[]): Promise<MatchBroker[]> {
    return this.brokers.find({ where: { matchId: In([...matchIds]) }, order: { memberId: 'ASC' } });
  }

  /** The matches each of these members brokered, as (member, match) pairs in match id order. */
  async brokeredBy(memberIds: readonly string[], scope: string | null): Promise<{ memberId: string; match: Match }[]> {
    const { raw, entities } = await scoped(
      this.matches
        .createQueryBuilder('match')
        .innerJoin(MatchBroker, 'broker', 'broker.matchId = match.id')
        .addSelect('broker.memberId', 'broker_member_id')
        .where('broker.memberId IN (:...memberIds)', { memberIds }),
      scope,
    )
      .orderBy('match.id', 'ASC')
      .getRawAndEntities<{ match_id: string; broker_member_id: string }>();
    // Entities come back once per match; the raw rows say which members brokered each.
    const byId = new Map(entities.map((match) => [match.id, match]));
    return raw.map((row) => ({ memberId: String(row.broker_member_id), match: byId.get(String(row.match_id)) as Match }));
  }

  /** The matches of these enterprises, in id order. */
  ofEnterprises(enterpriseIds: readonly string[], scope: string | null): Promise<Match[]> {
    return scoped(this.matches.createQueryBuilder('match').where('match.enterpriseId IN (:...enterpriseIds)', { enterpriseIds }), scope)
      .orderBy('match.id', 'ASC')
      .getMany();
  }

  /** The matches run at these bases, in id order. */
  atBases(baseIds: readonly string[], scope: string | null): Promise<Match[]> {
    return scoped(this.matches.createQueryBuilder('match').where('match.baseId IN (:...baseIds)', { baseIds }), scope)
      .orderBy('match.id', 'ASC')
      .getMany();
  }

  /** The match of this enterprise in this village at this base (null: at none): its natural key. */
  findByNaturalKey(ctx: RequestContext, key: Pick<MatchRow, 'enterpriseId' | 'villageId' | 'baseId'>): Promise<Match | null> {
    return ctx.transaction.findOneBy(Match, { enterpriseId: key.enterpriseId, villageId: key.villageId, baseId: key.baseId ?? IsNull() });
  }

  enterpriseById(ctx: RequestContext, id: string): Promise<Enterprise | null> {
    return ctx.transaction.findOneBy(Enterprise, { id });
  }

  /** The base, FOR SHARE: it cannot move to another village until this transaction ends. */
  baseForShare(ctx: RequestContext, id: string): Promise<Base | null> {
    return ctx.transaction.findOne(Base, { where: { id }, lock: { mode: 'pessimistic_read' } });
  }

  async existingMemberIds(ctx: RequestContext, ids: string[]): Promise<Set<string>> {
    return new Set((await ctx.transaction.findBy(Member, { id: In(ids) })).map((member) => member.id));
  }

  /** Makes the match's brokers exactly `brokerIds`. */
  async replaceBrokers(ctx: RequestContext, matchId: string, brokerIds: string[]): Promise<void> {
    const manager = ctx.transaction;
    await manager.delete(MatchBroker, { matchId });
    if (brokerIds.length > 0) {
      await manager.insert(
        MatchBroker,
        brokerIds.map((memberId) => ({ matchId, memberId })),
      );
    }
  }
}

/** Limits a query over `match` to the subtree of `scope`; null: unlimited. */
function scoped(query: SelectQueryBuilder<Match>, scope: string | null): SelectQueryBuilder<Match> {
  return scope ? query.andWhere(inDivisionSubtree('match.villageId', 'scope'), { scope }) : query;
}
