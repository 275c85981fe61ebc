import { DataSource } from 'typeorm';

import type { ImpactGrouping } from '../../libs/reporting/src/impact-grouping.js';
import type { ReportView } from '../../libs/reporting/src/report-view.js';
import { ImpactRepository, summaryCellsStatement, type FigureRow } from '../../libs/reporting/src/sql/impact.repository.js';
import { comparableRows } from '../../libs/reporting/src/sql/summary-check.js';
import { summaryPlan } from '../../libs/reporting/src/sql/summary-statement.js';
import { sql } from '../support/database.js';
import { Random, type RandomWorld, type ReportFilter } from '../support/random-world.js';
import type { TestApp } from '../support/test-app.js';

/**
 * Helpers of the summary property tests: one report asked of the summary cells and of the
 * direct statement (the reference), and the reports worth asking of a random world.
 */

export const SUMMARISED_GROUPINGS: (ImpactGrouping | null)[] = [
  null,
  'TOWN' as ImpactGrouping,
  'VILLAGE' as ImpactGrouping,
  'ENTERPRISE' as ImpactGrouping,
  'YEAR' as ImpactGrouping,
  'QUARTER' as ImpactGrouping,
  'MONTH' as ImpactGrouping,
];

const RANGES: { from?: string; to?: string }[] = [
  {},
  { from: '2023', to: '2025' },
  { from: '2024', to: '2024' },
  { from: '2023Q2', to: '2024Q3' },
  { from: '2024-03', to: '2024-10' },
  { from: '2024' },
  { to: '2024Q2' },
  { from: '2025-02', to: '2025-02' },
];

export interface ReportCase {
  filter: ReportFilter;
  grouping: ImpactGrouping | null;
  view: ReportView;
}

/** `count` reports on the world: scopes from the whole installation to one village, every range and grouping. */
export function randomCases(world: RandomWorld, random: Random, count: number): ReportCase[] {
  const scopes = [null, world.county.id, ...world.towns.map((t) => t.id), ...world.villages.map((v) => v.id)];
  const callers = [null, null, null, world.county.id, random.pick(world.towns).id];
  const cases: ReportCase[] = [];
  while (cases.length < count) {
    const grouping = random.pick(SUMMARISED_GROUPINGS);
    // By enterprise, the cells answer for a county and above (below, the direct statement does).
    const byEnterprise = grouping === 'ENTERPRISE';
    const divisionId = random.pick(byEnterprise ? [null, world.county.id] : scopes);
    const filter: ReportFilter = { ...(divisionId ? { divisionId } : {}), ...random.pick(RANGES) };
    const view: ReportView = { includeUnapproved: false, divisionId: random.pick(byEnterprise ? [null, world.county.id] : callers) };
    if (!summaryPlan(filter as never, grouping, view)) continue;
    cases.push({ filter, grouping, view });
  }
  return cases;
}

/** The same report from the cells and from the records; the cells must be current (they answer). */
export async function bothAnswers(t: TestApp, report: ReportCase) {
  const plan = summaryPlan(report.filter as never, report.grouping, report.view);
  if (!plan) throw new Error('the summaries cannot answer this report');
  const statement = summaryCellsStatement(plan);
  const fromCells = (await t.app.get(DataSource).query(statement.text, statement.values)) as FigureRow[];
  const direct = await t.app.get(ImpactRepository, { strict: false }).directRows(report.filter as never, report.grouping, report.view);
  return { fromCells: comparableRows(fromCells), direct: comparableRows(direct) };
}

/** Checks every case; on a mismatch, says which report differs (the first one). */
export async function expectSameAnswers(t: TestApp, cases: ReportCase[]): Promise<void> {
  for (const report of cases) {
    const { fromCells, direct } = await bothAnswers(t, report);
    if (fromCells.length === 0) throw new Error('the summaries are stale: they did not answer');
    try {
      expect(fromCells).toEqual(direct);
    } catch (error) {
      throw new Error(`${JSON.stringify(report)}\n${(error as Error).message}`, { cause: error });
    }
  }
}

export async function summariesCurrent(t: TestApp): Promise<boolean> {
  const [{ current }] = await sql<{ current: boolean }>(t, `SELECT current FROM summary_state`);
  return current;
}
