import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Base } from '@rural/bases';
import { RequestContext } from '@rural/core';
import { Transactions } from '@rural/database';
import { Enterprise } from '@rural/enterprises';
import { Division, DivisionLevel } from '@rural/geography';
import { Match, MatchBroker, MatchStatus } from '@rural/matches';
import { Member, MemberEnterprise } from '@rural/members';
import { OutcomeRecord, OutcomeStatus } from '@rural/outcomes';
import { ServiceTeam } from '@rural/service-teams';

import * as facts from './article-facts.js';

/** The article's figures were published by the county: they enter as approved. */
const PUBLISHED = { status: OutcomeStatus.APPROVED, approvedAt: new Date() };

/** Any number, as long as every process uses the same one for the seed. */
const SEED_LOCK_KEY = 4_512_240_001;

/**
 * Loads the article's facts into an empty database, once. "Empty" means no division yet: a
 * database someone has started entering data into is never touched. The advisory lock makes two
 * processes starting together on one server seed once between them.
 */
@Injectable()
export class ArticleSeeder {
  private readonly logger = new Logger(ArticleSeeder.name);

  constructor(private readonly transactions: Transactions) {}

  async seedIfEmpty(): Promise<boolean> {
    // The seed acts as a named SYSTEM caller: the audit trail says the rows came from it.
    return this.transactions.run(RequestContext.system('seed'), async ({ transaction: manager }) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
      if ((await manager.count(Division)) > 0) return false;
      await this.load(manager);
      this.logger.log("loaded the article's facts (东兰县, 共耕社, 农业科技服务团)");
      return true;
    });
  }

  private async load(manager: EntityManager): Promise<void> {
    const province = await this.division(manager, facts.PLACES.province, DivisionLevel.PROVINCE, null);
    const city = await this.division(manager, facts.PLACES.city, DivisionLevel.CITY, province.id);
    const county = await this.division(manager, facts.PLACES.county, DivisionLevel.COUNTY, city.id);
    const town = await this.division(manager, facts.PLACES.town, DivisionLevel.TOWN, county.id);
    const village = await this.division(manager, facts.PLACES.village, DivisionLevel.VILLAGE, town.id);

    // Both sit on 东兰县's committee (县政协委员): their duty points are the county's.
    const liang = await manager.save(manager.create(Member, { ...facts.MEMBERS.liang, divisionId: county.id }));
    const wei = await manager.save(manager.create(Member, { ...facts.MEMBERS.wei, divisionId: county.id }));
    const enterprise = await manager.save(manager.create(Enterprise, facts.LIANG_ENTERPRISE));
    await manager.insert(MemberEnterprise, { memberId: liang.id, enterpriseId: enterprise.id });

    const base = await manager.save(manager.create(Base, { ...facts.GONGGENGSHE_BASE, villageId: village.id, operatorId: enterprise.id }));
    const match = await manager.save(
      manager.create(Match, {
        enterpriseId: enterprise.id,
        villageId: village.id,
        baseId: base.id,
        status: MatchStatus.OPERATING,
        signedOn: null,
        investmentYuan: null,
      }),
    );
    await manager.insert(MatchBroker, { matchId: match.id, memberId: liang.id });
    await manager.insert(OutcomeRecord, { ...facts.GONGGENGSHE_OUTCOME, ...PUBLISHED, baseId: base.id, matchId: match.id });

    const team = await manager.save(manager.create(ServiceTeam, { ...facts.SERVICE_TEAM, leaderId: wei.id }));
    await manager.insert(OutcomeRecord, { ...facts.SERVICE_TEAM_OUTCOME, ...PUBLISHED, divisionId: county.id, teamId: team.id });
  }

  private division(
    manager: EntityManager,
    place: { name: string; code: string | null },
    level: DivisionLevel,
    parentId: string | null,
  ): Promise<Division> {
    return manager.save(manager.create(Division, { ...place, level, parentId }));
  }
}
