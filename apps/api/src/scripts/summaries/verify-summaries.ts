import type { DataSource } from 'typeorm';

import type { ImpactFilter } from '@rural/outcomes';
import {
  firstDifference,
  ImpactGrouping,
  impactSummaryStatement,
  summaryCellsStatement,
  summaryPlan,
  type FigureRow,
} from '@rural/reporting';

const GROUPINGS: (ImpactGrouping | null)[] = [
  null,
  ImpactGrouping.TOWN,
  ImpactGrouping.VILLAGE,
  ImpactGrouping.ENTERPRISE,
  ImpactGrouping.YEAR,
  ImpactGrouping.QUARTER,
  ImpactGrouping.MONTH,
];
const VIEW = { includeUnapproved: false, divisionId: null };

/**
 * Asks `samples` random reports of a live database twice — of the summary cells and of the
 * records (the direct statement) — and prints every one whose figures differ. Divisions are
 * drawn from every level, ranges from the years the records cover. True when all agree.
 */
export async function verifySummaries(dataSource: DataSource, samples: number, seed: number): Promise<boolean> {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const divisions: { id: string; level: string }[] = await dataSource.query(
    `(SELECT id::text AS id, level FROM division WHERE level IN ('PROVINCE', 'CITY', 'COUNTY') ORDER BY random() LIMIT 50)
     UNION ALL (SELECT id::text, level FROM division WHERE level IN ('TOWN', 'VILLAGE') ORDER BY random() LIMIT 50)`,
  );
  const [{ first, last }] = await dataSource.query(
    `SELECT COALESCE(min(left(period, 4)), '2024')::int AS first, COALESCE(max(left(period, 4)), '2024')::int AS last FROM outcome_record`,
  );
  const year = () => first + Math.floor(random() * (last - first + 1));
  const ranges = (): Pick<ImpactFilter, 'from' | 'to'>[] => {
    const y = year();
    return [
      {},
      { from: String(y), to: String(y) },
      { from: String(first), to: String(y) },
      { from: `${y}Q2`, to: `${y}-11` },
      { from: `${y}-03` },
    ];
  };
  console.log(`verifying ${samples} reports (seed ${seed}) …`);
  let asked = 0;
  let differ = 0;
  while (asked < samples) {
    const division = divisions.length > 0 && random() < 0.9 ? pick(divisions) : null;
    const filter: ImpactFilter = { ...(division ? { divisionId: division.id } : {}), ...pick(ranges()) } as ImpactFilter;
    const grouping = pick(GROUPINGS);
    const plan = summaryPlan(filter, grouping, VIEW);
    if (!plan) continue;
    asked += 1;
    const cellsStatement = summaryCellsStatement(plan);
    const fromCells: FigureRow[] = await dataSource.query(cellsStatement.text, cellsStatement.values);
    if (fromCells.length === 0) continue; // stale, or a report the cells leave to the records (by enterprise below a county)
    const directStatement = impactSummaryStatement(filter, grouping, VIEW);
    const direct: FigureRow[] = await dataSource.query(directStatement.text, directStatement.values);
    const difference = firstDifference(direct, fromCells);
    if (difference) {
      differ += 1;
      console.log(`DIFFERS ${JSON.stringify({ filter, grouping })}: ${difference}`);
    }
  }
  console.log(differ === 0 ? `all ${asked} reports agree` : `${differ} of ${asked} reports differ`);
  return differ === 0;
}

/** A small deterministic generator (mulberry32), so a failing sample can be asked again with --seed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
