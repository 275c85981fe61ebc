import { Inject, Injectable } from '@nestjs/common';

import { CommitteeAccess, SUGGESTION_CREDITS, type SuggestionCredit, type SuggestionCredits } from '@rural/committee';
import { ForbiddenError, NotFoundError, type RequestContext } from '@rural/core';
import { withinScope } from '@rural/geography';
import { MemberService } from '@rural/members';
import { ImpactService } from '@rural/reporting';

import type { DutyFile, DutyPoint, DutyRanking } from './dto/duty-report.js';
import type { DutyRankingArgs, MemberDutyFileArgs } from './dto/duty-year.args.js';
import { DutyEvidenceKind } from './duty-evidence-kind.js';
import { DutyFactsRepository, type FactCount, type FactEvidence } from './duty-facts.repository.js';
import type { DutyRuleSet } from './duty-rule-set.entity.js';
import { DutyRuleSetService } from './duty-rule-set.service.js';
import { competitionRanks, scoreFacts, type FactCounts } from './duty-scoring.js';
import { factOfCredit } from './suggestion-facts.js';

/**
 * Members' duty points (履职积分): the facts counted in SQL, the year's saved rules applied by the
 * pure `scoreFacts`. Rankings score every member ranked and page in memory — a committee has
 * hundreds of members, and the rules are data applied in code, not SQL.
 */
@Injectable()
export class DutyScoreService {
  constructor(
    private readonly facts: DutyFactsRepository,
    private readonly ruleSets: DutyRuleSetService,
    private readonly access: CommitteeAccess,
    private readonly members: MemberService,
    private readonly impact: ImpactService,
    // Provided by the suggestions lib (a port, so the duty lib needs none of its tables).
    @Inject(SUGGESTION_CREDITS) private readonly credits: SuggestionCredits,
  ) {}

  /** A year's ranking within the caller's division (and the one asked for), by sector if asked. Any signed-in caller. */
  async ranking(ctx: RequestContext, { year, divisionId, sector, skip, take }: DutyRankingArgs): Promise<DutyRanking> {
    if (divisionId) await this.assertDivisionInScope(ctx, divisionId);
    const ruleSet = await this.ruleSets.rulesFor(ctx, year);
    const members = await this.facts.membersRanked({ scope: ctx.scope, divisionId, sector });
    const ids = members.map((member) => member.id);
    const counts = await this.countsIn(year, ids);
    const scored = members
      .map((member) => ({ member, ...scoreFacts(ruleSet, counts.get(member.id) ?? {}) }))
      .sort((a, b) => b.total - a.total || Number(a.member.id) - Number(b.member.id));
    const ranks = competitionRanks(scored.map((row) => row.total));
    const items = scored.slice(skip, skip + take).map((row, index) => ({
      rank: ranks[skip + index],
      member: row.member,
      total: row.total,
      grade: row.grade,
      categories: row.categories,
    }));
    return { year, ruleSet, items, totalItems: scored.length };
  }

  /**
   * A member's file for a year (一人一档). The committee office reads the members of its division;
   * a member's own account reads its own; nobody else (a file shows absences and deductions).
   */
  async file(ctx: RequestContext, { memberId, year }: MemberDutyFileArgs): Promise<DutyFile> {
    const member = await this.members.findById(ctx, memberId);
    if (!member) throw new NotFoundError('委员', memberId, 'memberId');
    await this.assertMayRead(ctx, memberId, member.divisionId);
    const ruleSet = await this.ruleSets.rulesFor(ctx, year);
    const evidence = [...(await this.facts.evidenceOf(year, memberId)), ...(await this.suggestionEvidence(year, [memberId]))].sort(
      (a, b) => a.on.localeCompare(b.on) || a.sourceKind.localeCompare(b.sourceKind) || Number(a.sourceId) - Number(b.sourceId),
    );
    const counts: FactCounts = {};
    for (const row of evidence) counts[row.fact] = (counts[row.fact] ?? 0) + row.quantity;
    const score = scoreFacts(ruleSet, counts);
    const matches = await this.facts.brokeredMatches(memberId, ctx.scope);
    const period = String(year);
    const brokeredMatches = await Promise.all(
      matches.map(async (match) => ({
        ...match,
        figures: await this.impact.figuresOf(ctx, 'MATCH', match.matchId, false, period, period),
      })),
    );
    return {
      member,
      year,
      ruleSet,
      basePoints: score.basePoints,
      categories: score.categories,
      total: score.total,
      grade: score.grade,
      points: evidence.map((row) => pointOf(ruleSet, row)),
      brokeredMatches,
    };
  }

  /** Each member's fact counts: the service's own sources, then the suggestion credits. */
  private async countsIn(year: number, memberIds: string[]): Promise<Map<string, FactCounts>> {
    const rows: FactCount[] = await this.facts.countsIn(year, memberIds);
    for (const credit of await this.suggestionEvidence(year, memberIds)) {
      rows.push({ memberId: credit.memberId, fact: credit.fact, times: credit.quantity });
    }
    const byMember = new Map<string, FactCounts>();
    for (const row of rows) {
      const counts = byMember.get(row.memberId) ?? {};
      counts[row.fact] = (counts[row.fact] ?? 0) + row.times;
      byMember.set(row.memberId, counts);
    }
    return byMember;
  }

  /** The suggestion steps of the year that are facts, as evidence. */
  private async suggestionEvidence(year: number, memberIds: string[]): Promise<FactEvidence[]> {
    if (memberIds.length === 0) return [];
    const credits: SuggestionCredit[] = await this.credits.creditsIn(year, memberIds);
    return credits.flatMap((credit) => {
      const fact = factOfCredit(credit);
      if (!fact) return [];
      return [
        {
          memberId: credit.memberId,
          fact,
          quantity: 1,
          sourceKind: DutyEvidenceKind.SUGGESTION,
          sourceId: credit.suggestionId,
          title: credit.title,
          on: credit.on,
        },
      ];
    });
  }

  private async assertMayRead(ctx: RequestContext, memberId: string, divisionId: string | null): Promise<void> {
    if ((await this.access.memberOf(ctx)) === memberId) return;
    if (!(await this.access.isOffice(ctx))) throw new ForbiddenError('只有政协办工作人员和委员本人可以查看委员的履职档案');
    if (!ctx.scope) return;
    const ancestors = divisionId ? await this.facts.divisionAncestors(divisionId) : null;
    if (!ancestors || !withinScope(ancestors, ctx.scope)) throw new ForbiddenError('该委员不属于您负责区划的政协，不能查看其履职档案');
  }

  private async assertDivisionInScope(ctx: RequestContext, divisionId: string): Promise<void> {
    const ancestors = await this.facts.divisionAncestors(divisionId);
    if (!ancestors) throw new NotFoundError('区划', divisionId, 'divisionId');
    if (!withinScope(ancestors, ctx.scope)) throw new ForbiddenError('所选区划不在您负责的区划内');
  }
}

function pointOf(ruleSet: DutyRuleSet, row: FactEvidence): DutyPoint {
  const item = ruleSet.items.find((candidate) => candidate.fact === row.fact);
  const pointsEach = item?.points ?? 0;
  return {
    fact: row.fact,
    category: item?.category ?? null,
    quantity: row.quantity,
    pointsEach,
    points: pointsEach * row.quantity,
    sourceKind: row.sourceKind,
    sourceId: row.sourceId,
    title: row.title,
    on: row.on,
  };
}
