import { Injectable } from '@nestjs/common';

import { normalizeDecimal, type RequestContext } from '@rural/core';

import { ImpactService } from './impact.service.js';
import { reportView, viewKey } from './report-view.js';
import { ImpactRepository } from './sql/impact.repository.js';
import { matchSentence, teamSentence } from './summary-sentences.js';

/** The Chinese sentences of docs/domain.md ("The sentences reports produce"), from data. */
@Injectable()
export class SummaryTextService {
  constructor(
    private readonly repository: ImpactRepository,
    private readonly impact: ImpactService,
  ) {}

  /** A match's own records inside the caller's division only. */
  matchLoader(ctx: RequestContext, includeUnapproved: boolean | null | undefined) {
    const view = reportView(ctx, includeUnapproved);
    return ctx.loaders.get<string, string>(`summaryText.match.${viewKey(view)}`, async (ids) => {
      const rows = await this.repository.matchFacts(ids, view);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => {
        const row = byId.get(id);
        if (!row) return null;
        return matchSentence({
          brokers: row.brokers,
          enterprise: row.enterprise,
          town: row.town,
          village: row.village,
          base: row.base,
          operatingModel: row.operating_model,
          industry: row.industry,
          year: row.year,
          householdRentYuan: exact(row.rent),
          jobsPersonTimes: exact(row.jobs),
          collectiveIncomeYuan: exact(row.income),
          atLeast: row.at_least,
        });
      });
    });
  }

  /** A team's sentence covers everything it has done: its reach, area and output, all periods. */
  teamLoader(ctx: RequestContext, includeUnapproved: boolean | null | undefined) {
    const view = reportView(ctx, includeUnapproved);
    return ctx.loaders.get<string, string>(`summaryText.team.${viewKey(view)}`, async (ids) => {
      const [names, figures] = await Promise.all([this.repository.teamNames(ids), this.impact.loader(ctx, 'TEAM', view).loadMany(ids)]);
      const byId = new Map(names.map((row) => [row.id, row]));
      return ids.map((id, index) => {
        const name = byId.get(id);
        const impact = figures[index];
        if (!name || !impact || impact instanceof Error) return null;
        return teamSentence({ ...name, ...impact });
      });
    });
  }
}

/** numeric text as PostgreSQL sends it ("200.00") in canonical form ("200"). */
function exact(value: string | null): string | null {
  return value === null ? null : normalizeDecimal(value);
}
