import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { runReportStatement } from '@rural/database';
import type { ImpactFilter } from '@rural/outcomes';

import { rankingColumn, type ImpactRanking } from '../dto/impact-ranking.js';
import { ImpactGrouping } from '../impact-grouping.js';
import { REPORT_SUMMARIES } from '../report-summaries.js';
import type { ReportView } from '../report-view.js';
import { DIMENSIONS, SUBJECT_DIMENSIONS, type ImpactSubject } from './dimensions.js';
import { impactScopeSql } from './impact-scope.js';
import { impactStatement } from './impact-statement.js';
import { positional, type SqlStatement } from './sql-statement.js';
import { narrowToSubjects } from './subject-scope.js';
import { summaryParameters, summaryPlan, summaryStatementSql, type SummaryPlan } from './summary-statement.js';

/**
 * Every statement the reporting lib runs. The builders beside this file make the report text;
 * the `…Statement` functions here turn it into what PostgreSQL receives — pure functions, which
 * `npm run sql:write` renders into libs/reporting/queries/*.sql and `npm run sql:check` compares.
 */

/** One row of an impact report: a group (`is_total` false) or the totals. */
export interface FigureRow {
  is_total: boolean;
  key: string | null;
  name: string | null;
  area_mu: string;
  output_value_yuan: string;
  jobs_person_times: string;
  household_rent_yuan: string;
  collective_income_yuan: string;
  households_benefited: string;
  towns: number;
  villages: number;
  bases: number;
  enterprises: number;
  matches: number;
  service_activities: number;
  farmers_trained: number;
  records: number;
  at_least: boolean;
  unapproved_records: number;
  excluded_records: string | number;
  /** With `top`: how many groups the report had before the first N were kept. */
  group_count?: string | number;
}

/** `impactSummary(top:, topBy:)`: keep the `count` groups with the largest figure `by`. */
export interface TopGroups {
  count: number;
  by: ImpactRanking;
}

/**
 * Keeps the totals and the top groups of a report statement (named parameters), ranked in SQL so
 * that thousands of groups are neither sent to Node nor serialised to be thrown away.
 */
function keepTop(sql: string, parameters: Record<string, unknown>, top: TopGroups | undefined): SqlStatement {
  if (!top) return positional(sql, parameters);
  const column = rankingColumn(top.by);
  return positional(
    `WITH report AS (${sql}),
     ranked AS (
       SELECT r.*, count(*) FILTER (WHERE NOT r.is_total) OVER () AS group_count,
              row_number() OVER (PARTITION BY r.is_total ORDER BY r.${column}::numeric DESC, r.key) AS rank
         FROM report r
     )
     SELECT * FROM ranked WHERE is_total OR rank <= :top ORDER BY is_total DESC, rank`,
    { ...parameters, top: top.count },
  );
}

/** What a match's sentence says: names, and the flows of its latest year with records. */
export interface MatchFactsRow {
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

/** A team's name and its leader's. */
export interface TeamNamesRow {
  id: string;
  team: string;
  leader: string;
}

/** `impactSummary(filter, groupBy)`: the totals row and one row per group. */
export function impactSummaryStatement(
  filter: ImpactFilter | null | undefined,
  grouping: ImpactGrouping | null | undefined,
  view: ReportView,
  top?: TopGroups,
): SqlStatement {
  const scope = impactScopeSql(filter, view);
  const sql = impactStatement(scope, grouping ? DIMENSIONS[grouping] : null, {
    withTotals: true,
    subjectsOnly: false,
    withLeader: grouping === ImpactGrouping.MEMBER,
  });
  return keepTop(sql, scope.parameters, top);
}

/** `impactSummary` read from the summary cells (a plan from `summaryPlan`). */
export function summaryCellsStatement(plan: SummaryPlan, top?: TopGroups): SqlStatement {
  return keepTop(summaryStatementSql(plan), summaryParameters(plan), top);
}

/** The `impact` field of a batch of objects of one type, for one range: one row per object with figures. */
export function subjectImpactStatement(
  subject: ImpactSubject,
  ids: readonly string[],
  view: ReportView,
  from?: string | null,
  to?: string | null,
): SqlStatement {
  const scope = narrowToSubjects(impactScopeSql({ from, to }, view), subject, ids);
  const sql = impactStatement(scope, SUBJECT_DIMENSIONS[subject], {
    withTotals: false,
    subjectsOnly: true,
    withLeader: subject === 'MEMBER',
  });
  return positional(sql, scope.parameters);
}

/** Names and the latest year's flows of a batch of matches (`summaryText`). */
export function matchFactsStatement(ids: readonly string[], view: ReportView): SqlStatement {
  return positional(MATCH_FACTS, { matchIds: [...ids], includeUnapproved: view.includeUnapproved, scope: view.divisionId });
}

/** Team and leader names of a batch of teams (`summaryText`). */
export function teamNamesStatement(ids: readonly string[]): SqlStatement {
  return positional(TEAM_NAMES, { teamIds: [...ids] });
}

// Only records inside the caller's division (:scope, null: all) count: a record kept above it (at
// the county, say) may name a match inside it, and its figures are not the caller's to read.
const MATCH_FACTS = `
  WITH latest AS (
    SELECT r.match_id, max(left(r.period, 4)) AS year FROM outcome_record r
     WHERE r.match_id = ANY(:matchIds::bigint[]) AND (r.status = 'APPROVED' OR :includeUnapproved)
       AND (:scope::bigint IS NULL OR r.place_path @> ARRAY[:scope::bigint]) GROUP BY r.match_id
  ), year_flows AS (
    SELECT r.match_id, sum(r.household_rent_yuan) AS rent, sum(r.jobs_person_times) AS jobs,
           sum(r.collective_income_yuan) AS income, bool_or(r.at_least) AS at_least
      FROM outcome_record r JOIN latest l ON l.match_id = r.match_id AND left(r.period, 4) = l.year
     WHERE (r.status = 'APPROVED' OR :includeUnapproved) AND (:scope::bigint IS NULL OR r.place_path @> ARRAY[:scope::bigint])
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
   WHERE m.id = ANY(:matchIds::bigint[])`;

const TEAM_NAMES = `
  SELECT t.id::text AS id, t.name AS team, leader.name AS leader
    FROM service_team t JOIN member leader ON leader.id = t.leader_id WHERE t.id = ANY(:teamIds::bigint[])`;

/** Runs the statements above: reports on the report pool, the sentences' look-ups on the main one. */
@Injectable()
export class ImpactRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REPORT_SUMMARIES) private readonly useSummaries: boolean,
  ) {}

  /**
   * From the summary cells when they can answer and are current (docs/reports.md); otherwise, or
   * while they are stale (no row comes back then), from the records directly.
   */
  async summaryRows(
    filter: ImpactFilter | null | undefined,
    grouping: ImpactGrouping | null | undefined,
    view: ReportView,
    top?: TopGroups,
  ): Promise<FigureRow[]> {
    const plan = this.useSummaries ? summaryPlan(filter, grouping, view) : null;
    if (plan) {
      const rows = await this.report(summaryCellsStatement(plan, top));
      if (rows.length > 0) return rows;
    }
    return this.directRows(filter, grouping, view, top);
  }

  /** Today's statement over the records: the reference the summaries are checked against. */
  directRows(
    filter: ImpactFilter | null | undefined,
    grouping: ImpactGrouping | null | undefined,
    view: ReportView,
    top?: TopGroups,
  ): Promise<FigureRow[]> {
    return this.report(impactSummaryStatement(filter, grouping, view, top));
  }

  subjectRows(
    subject: ImpactSubject,
    ids: readonly string[],
    view: ReportView,
    from?: string | null,
    to?: string | null,
  ): Promise<FigureRow[]> {
    return this.report(subjectImpactStatement(subject, ids, view, from, to));
  }

  matchFacts(ids: readonly string[], view: ReportView): Promise<MatchFactsRow[]> {
    return this.lookup(matchFactsStatement(ids, view));
  }

  teamNames(ids: readonly string[]): Promise<TeamNamesRow[]> {
    return this.lookup(teamNamesStatement(ids));
  }

  // On the report pool: REPORT_TIMEOUT_MS bounds it on a server.
  private report(statement: SqlStatement): Promise<FigureRow[]> {
    return runReportStatement<FigureRow>(this.dataSource, statement.text, statement.values);
  }

  private lookup<T>(statement: SqlStatement): Promise<T[]> {
    return this.dataSource.query(statement.text, statement.values);
  }
}
