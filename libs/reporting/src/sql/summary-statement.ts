import { periodBounds, type ImpactFilter } from '@rural/outcomes';

import { ImpactGrouping } from '../impact-grouping.js';
import type { ReportView } from '../report-view.js';

/**
 * An impact report read from the summary cells (docs/reports.md) instead of the records: a
 * node's cells with lo ≥ F and hi ≤ L add up to the report over [F, L], stocks and reach
 * included. Returns no row at all while the summaries are stale (a base or a division moved and
 * no rebuild has run yet): the caller then asks the direct statement, which is always exact.
 *
 * Answers the reports a leader asks for most: the approved figures of a division (or of the
 * whole installation), over any range, in total and by town, village, enterprise, year, quarter
 * or month. Everything else — filters by enterprise, member, team, base or match, unapproved
 * figures, groups by base, member or team — is the direct statement's (`summaryPlan` says null).
 */
export interface SummaryPlan {
  grouping: ImpactGrouping | null;
  /** The divisions asked for (the filter's and the caller's), null for the whole installation. */
  divisions: string[];
  firstMonth: number | null;
  lastMonth: number | null;
  /** Records can overlap the range without lying inside it (not whole years). */
  partialYears: boolean;
  /**
   * Which cells answer: one all-time row per node ('ALL', no range), a row per year and the
   * differences across years ('YEARS', whole years), or month cells ('MONTHS').
   */
  cells: 'ALL' | 'YEARS' | 'MONTHS';
  /**
   * Grouped by time without a range, the matches never signed form the group of no period
   * (key null): counted live, they are few and indexed.
   */
  unsignedMatches: boolean;
}

const SUMMARISED = new Set<ImpactGrouping>([
  ImpactGrouping.TOWN,
  ImpactGrouping.VILLAGE,
  ImpactGrouping.ENTERPRISE,
  ImpactGrouping.YEAR,
  ImpactGrouping.QUARTER,
  ImpactGrouping.MONTH,
]);
const TIME = new Set<ImpactGrouping>([ImpactGrouping.YEAR, ImpactGrouping.QUARTER, ImpactGrouping.MONTH]);

/** Whether the summaries can answer this report, and how; null: only the direct statement can. */
export function summaryPlan(
  filter: ImpactFilter | null | undefined,
  grouping: ImpactGrouping | null | undefined,
  view: ReportView,
): SummaryPlan | null {
  if (view.includeUnapproved) return null;
  if (filter?.enterpriseId || filter?.memberId || filter?.teamId || filter?.baseId || filter?.matchId) return null;
  if (grouping && !SUMMARISED.has(grouping)) return null;
  const { firstDay, lastDay } = periodBounds(filter?.from, filter?.to);
  const divisions = [filter?.divisionId, view.divisionId].filter((id): id is string => Boolean(id));
  const partialYears = Boolean((firstDay && !firstDay.endsWith('-01-01')) || (lastDay && !lastDay.endsWith('-12-31')));
  const byMonths = partialYears || grouping === ImpactGrouping.QUARTER || grouping === ImpactGrouping.MONTH;
  const byTime = grouping ? TIME.has(grouping) : false;
  return {
    grouping: grouping ?? null,
    divisions: [...new Set(divisions)],
    firstMonth: firstDay ? monthIndex(firstDay) : null,
    lastMonth: lastDay ? monthIndex(lastDay) : null,
    partialYears,
    // Groups by time need their periods' own cells, even without a range.
    cells: !firstDay && !lastDay && !byTime ? 'ALL' : byMonths ? 'MONTHS' : 'YEARS',
    unsignedMatches: byTime && !firstDay && !lastDay,
  };
}

/** year × 12 + month − 1, as summary_month() in SQL. Days are ISO dates. */
export function monthIndex(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

const FLOWS = ['output_value_yuan', 'jobs_person_times', 'household_rent_yuan', 'collective_income_yuan'];
const STOCKS = ['area_mu', 'households_benefited'];
const COUNTS = ['towns', 'villages', 'bases', 'enterprises', 'matches', 'service_activities', 'farmers_trained', 'records'];

/** Where each grouping's groups come from: cells of which nodes and facets, under which key. */
function groupSources(grouping: ImpactGrouping, inside: string): string[] {
  const cellsOf = (facet: string) => `FROM summary_cell c JOIN scope s ON c.node_id = s.id WHERE c.facet = '${facet}' AND ${inside}`;
  const below = (level: string) =>
    `FROM scope s JOIN division g ON g.ancestor_ids @> ARRAY[s.id] AND g.level = '${level}'
       JOIN summary_cell c ON c.node_id = g.id AND c.facet = '*' AND ${inside}`;
  switch (grouping) {
    case ImpactGrouping.TOWN:
      return [
        `SELECT g.id::text AS gkey, c.* ${below('TOWN')} WHERE s.level <> 'VILLAGE'`,
        `SELECT '', c.* ${cellsOf('T')} AND s.level <> 'VILLAGE'`,
        // A village is all in its town (or all in none).
        `SELECT COALESCE(s.town_id::text, ''), c.* ${cellsOf('*')} AND s.level = 'VILLAGE'`,
      ];
    case ImpactGrouping.VILLAGE:
      return [
        `SELECT g.id::text AS gkey, c.* ${below('VILLAGE')} WHERE s.level <> 'VILLAGE'`,
        `SELECT '', c.* ${cellsOf('V')} AND s.level <> 'VILLAGE'`,
        `SELECT s.id::text, c.* ${cellsOf('*')} AND s.level = 'VILLAGE'`,
      ];
    case ImpactGrouping.ENTERPRISE:
      return [`SELECT CASE WHEN c.facet_key = 0 THEN '' ELSE c.facet_key::text END AS gkey, c.* ${cellsOf('E')}`];
    default:
      // A cell inside one period of the grouping's grain belongs to it; a coarser record's own
      // cells (part R, exactly its year or quarter) form the group of that period.
      return [`SELECT ${timeKey(grouping)} AS gkey, c.* ${cellsOf('*')}`];
  }
}

const YEAR = `(c.lo / 12)::text`;
const QUARTER = `${YEAR} || 'Q' || (c.lo % 12 / 3 + 1)`;
const MONTH = `${YEAR} || '-' || lpad((c.lo % 12 + 1)::text, 2, '0')`;
const EXACT_YEAR = `c.part = 'R' AND c.lo % 12 = 0 AND c.hi = c.lo + 11`;
const EXACT_QUARTER = `c.part = 'R' AND c.lo % 3 = 0 AND c.hi = c.lo + 2`;

function timeKey(grouping: ImpactGrouping): string {
  if (grouping === ImpactGrouping.YEAR) return `CASE WHEN c.lo / 12 = c.hi / 12 THEN ${YEAR} END`;
  if (grouping === ImpactGrouping.QUARTER) return `CASE WHEN c.lo / 3 = c.hi / 3 THEN ${QUARTER} WHEN ${EXACT_YEAR} THEN ${YEAR} END`;
  return `CASE WHEN c.lo = c.hi THEN ${MONTH} WHEN ${EXACT_QUARTER} THEN ${QUARTER} WHEN ${EXACT_YEAR} THEN ${YEAR} END`;
}

const PARTS = { ALL: `'A'`, YEARS: `'Y', 'X'`, MONTHS: `'R', 'D', 'X'` };

/** The cells of a plan's kind that lie inside its range. */
function inRange(plan: SummaryPlan): string {
  const range =
    plan.firstMonth === null && plan.lastMonth === null
      ? ''
      : ' AND (:firstMonth::int IS NULL OR c.lo >= :firstMonth::int) AND (:lastMonth::int IS NULL OR c.hi <= :lastMonth::int)';
  // Inside one year no difference crosses a year: that year's row alone answers.
  const oneYear =
    plan.cells === 'YEARS' &&
    plan.firstMonth !== null &&
    plan.lastMonth !== null &&
    (plan.firstMonth / 12) >> 0 === (plan.lastMonth / 12) >> 0;
  return `c.part IN (${oneYear ? `'Y'` : PARTS[plan.cells]})${range}`;
}

/** The same key the direct statement gives a pending record, per grouping (dimensions.ts). */
const PENDING_KEY: Record<string, string> = {
  TOWN: 'r.town_id::text',
  VILLAGE: 'r.village_id::text',
  ENTERPRISE: 'r.enterprise_id::text',
  YEAR: 'left(r.period, 4)',
  QUARTER: `CASE WHEN r.period LIKE '____-__' THEN left(r.period, 4) || 'Q' || ((substr(r.period, 6, 2)::int + 2) / 3) ELSE r.period END`,
  MONTH: 'r.period',
};

const NAMES: Record<string, { table: string; column: string }> = {
  TOWN: { table: 'division', column: 'name' },
  VILLAGE: { table: 'division', column: 'name' },
  ENTERPRISE: { table: 'enterprise', column: 'name' },
};

/**
 * The statement: the scope's divisions (the deepest of those asked for, when one holds the
 * other; none when they do not meet; the roots for the whole installation), their cells in range
 * added per group, and the records still pending approval counted live (few, and indexed).
 */
export function summaryStatementSql(plan: SummaryPlan): string {
  const scope =
    plan.divisions.length === 0
      ? `SELECT d.id, d.level, d.town_id FROM division d WHERE d.parent_id IS NULL`
      : `SELECT d.id, d.level, d.town_id FROM division d WHERE d.id = ANY(:divisions::bigint[]) AND d.ancestor_ids @> :divisions::bigint[]`;
  const inside = inRange(plan);
  const sources = [
    `SELECT true AS is_total, '' AS gkey, c.* FROM summary_cell c JOIN scope s ON c.node_id = s.id WHERE c.facet = '*' AND ${inside}`,
    ...(plan.grouping ? groupSources(plan.grouping, inside).map((source) => source.replace(/^SELECT /, 'SELECT false, ')) : []),
  ];
  const grouping = plan.grouping;
  const pending = grouping
    ? `SELECT false AS is_total, COALESCE(${PENDING_KEY[grouping]}, '') AS gkey, count(*) AS n FROM pending_records r GROUP BY 2
       UNION ALL SELECT true, '', count(*) FROM pending_records`
    : `SELECT true AS is_total, '' AS gkey, count(*) AS n FROM pending_records`;
  const names = grouping && NAMES[grouping];
  const name = names
    ? `(SELECT n.${names.column} FROM ${names.table} n WHERE NOT k.is_total AND k.gkey <> '' AND n.id = k.gkey::bigint)`
    : 'NULL';
  const excluded = plan.partialYears
    ? `(SELECT COALESCE(sum(c.records), 0) FROM summary_cell c JOIN scope s ON c.node_id = s.id
         WHERE c.facet = '*' AND c.part = 'R' AND (:firstMonth::int IS NULL OR c.hi >= :firstMonth::int)
           AND (:lastMonth::int IS NULL OR c.lo <= :lastMonth::int)) - COALESCE(f.records, 0)`
    : '0';
  // Enterprise facets are kept for counties and above: below, no row comes back and the direct
  // statement answers (a town's records are few).
  const supported =
    grouping === ImpactGrouping.ENTERPRISE ? ` AND NOT EXISTS (SELECT 1 FROM scope WHERE level NOT IN ('PROVINCE', 'CITY', 'COUNTY'))` : '';
  return `WITH scope AS (${scope}),
    state AS (SELECT current FROM summary_state WHERE current${supported}),
    cells AS (${sources.join('\n      UNION ALL ')}),
    figures AS (
      SELECT is_total, gkey, ${[...STOCKS, ...FLOWS, ...COUNTS, 'at_least'].map((column) => `sum(${column}) AS ${column}`).join(', ')}
        FROM cells WHERE gkey IS NOT NULL GROUP BY is_total, gkey${plan.unsignedMatches ? UNSIGNED_GROUP : ''}
    ),
    pending_records AS (
      SELECT r.* FROM outcome_record r
       WHERE r.status <> 'APPROVED' AND ${plan.divisions.length === 0 ? 'true' : 'r.place_path @> :divisions::bigint[]'}
         AND (:firstMonth::int IS NULL OR summary_month(r.period_start) >= :firstMonth::int)
         AND (:lastMonth::int IS NULL OR summary_month(r.period_end) <= :lastMonth::int)
    ),
    pending AS (${pending}),
    report_rows AS (
      SELECT is_total, gkey FROM figures
       WHERE is_total OR records > 0 OR towns > 0 OR villages > 0 OR bases > 0 OR matches > 0 OR enterprises > 0 OR service_activities > 0
      UNION SELECT is_total, gkey FROM pending WHERE NOT is_total AND n > 0
      UNION SELECT true, ''
    )
    SELECT k.is_total, CASE WHEN k.is_total THEN NULL ELSE k.gkey END AS key, ${name} AS name,
           ${[...STOCKS, ...FLOWS].map((column) => `COALESCE(f.${column}, 0)::text AS ${column}`).join(', ')},
           ${COUNTS.map((column) => `COALESCE(f.${column}, 0)::int AS ${column}`).join(', ')},
           COALESCE(f.at_least, 0) > 0 AS at_least, COALESCE(p.n, 0)::int AS unapproved_records,
           CASE WHEN k.is_total THEN ${excluded} ELSE 0 END AS excluded_records
      FROM report_rows k
      CROSS JOIN state
      LEFT JOIN figures f ON f.is_total = k.is_total AND f.gkey = k.gkey
      LEFT JOIN pending p ON p.is_total = k.is_total AND p.gkey = k.gkey`;
}

/** The matches in scope never signed, and their enterprises, as the group of no period. */
const UNSIGNED_GROUP = `
      UNION ALL
      SELECT false, '', ${[...STOCKS, ...FLOWS].map(() => '0').join(', ')}, 0, 0, 0,
             count(DISTINCT m.enterprise_id), count(*), 0, 0, 0, 0
        FROM match m JOIN division v ON v.id = m.village_id JOIN scope s ON v.ancestor_ids @> ARRAY[s.id]
       WHERE m.signed_on IS NULL
      HAVING count(*) > 0`;

/** The parameters of summaryStatementSql. */
export function summaryParameters(plan: SummaryPlan): Record<string, unknown> {
  return {
    firstMonth: plan.firstMonth,
    lastMonth: plan.lastMonth,
    ...(plan.divisions.length > 0 ? { divisions: plan.divisions } : {}),
  };
}
