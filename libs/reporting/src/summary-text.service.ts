import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { normalizeDecimal, type RequestLoaders } from '@rural/core';

import { ImpactService } from './impact.service.js';
import { viewKey, type ReportView } from './report-view.js';
import { matchSentence, teamSentence } from './summary-sentences.js';

/**
 * Names and the latest year's flows of a batch of matches, in one statement. Only records inside
 * the caller's division (`$3`, null: all) count: a record kept above it (at the county, say) may
 * name a match inside it, and its figures are not the caller's to read.
 */
const MATCH_FACTS = `
  WITH latest AS (
    SELECT r.match_id, max(left(r.period, 4)) AS year FROM outcome_record r
     WHERE r.match_id = ANY($1::bigint[]) AND (r.status = 'APPROVED' OR $2)
       AND ($3::bigint IS NULL OR r.place_path @> ARRAY[$3::bigint]) GROUP BY r.match_id
  ), year_flows AS (
    SELECT r.match_id, sum(r.household_rent_yuan) AS rent, sum(r.jobs_person_times) AS jobs,
           sum(r.collective_income_yuan) AS income, bool_or(r.at_least) AS at_least
      FROM outcome_record r JOIN latest l ON l.match_id = r.match_id AND left(r.period, 4) = l.year
     WHERE (r.status = 'APPROVED' OR $2) AND ($3::bigint IS NULL OR r.place_path @> ARRAY[$3::bigint])
     GROUP BY r.match_id
  )
  SELECT m.id::text AS id, e.name AS enterprise, v.name AS village, town.name AS town, b.name AS base,
         b.operating_model, COALESCE(b.industry, e.industry) AS industry,
         ARRAY(SELECT member.name FROM match_broker mb JOIN member ON member.id = mb.member_id WHERE mb.match_id = m.id ORDER BY member.id) AS brokers,
         l.year, f.rent::text AS rent, f.jobs::text AS jobs, f.income::text AS income, COALESCE(f.at_least, false) AS at_least
    FROM match m
    JOIN enterprise e ON e.id = m.enterprise_id
    JOIN division v ON v.id = m.village_id
    LEFT JOIN division town ON town.id = v.town_id
    LEFT JOIN base b ON b.id = m.base_id
    LEFT JOIN latest l ON l.match_id = m.id
    LEFT JOIN year_flows f ON f.match_id = m.id
   WHERE m.id = ANY($1::bigint[])`;

const TEAM_NAMES = `
  SELECT t.id::text AS id, t.name AS team, leader.name AS leader
    FROM service_team t JOIN member leader ON leader.id = t.leader_id WHERE t.id = ANY($1::bigint[])`;

interface MatchFactsRow {
  id: string;
  enterprise: string;
  village: string;
  town: string | null;
  base: string | null;
  operating_model: string | null;
  industry: string | null;
  brokers: string[];
  year: string | null;
  rent: string | null;
  jobs: string | null;
  income: string | null;
  at_least: boolean;
}

/** The Chinese sentences of domain.md ("Reports people write from it"), from data. */
@Injectable()
export class SummaryTextService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly impact: ImpactService,
  ) {}

  /** A match's own records inside the caller's division only. */
  matchLoader(loaders: RequestLoaders, view: ReportView) {
    return loaders.get<string, string>(`summaryText.match.${viewKey(view)}`, async (ids) => {
      const rows: MatchFactsRow[] = await this.dataSource.query(MATCH_FACTS, [ids, view.includeUnapproved, view.divisionId]);
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
  teamLoader(loaders: RequestLoaders, view: ReportView) {
    return loaders.get<string, string>(`summaryText.team.${viewKey(view)}`, async (ids) => {
      const [names, figures] = await Promise.all([
        this.dataSource.query(TEAM_NAMES, [ids]) as Promise<{ id: string; team: string; leader: string }[]>,
        this.impact.loader(loaders, 'TEAM', view).loadMany(ids),
      ]);
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
