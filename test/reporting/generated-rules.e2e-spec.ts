import {
  buildRandomWorld,
  compareDecimals,
  FIGURES,
  figuresOf,
  FLOWS,
  groupsOf,
  reachOf,
  recordsExcluded,
  recordsInside,
  sumDecimals,
  type Grouping,
  type RandomWorld,
  type RecordFigures,
  type ReportFilter,
} from '../support/random-world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { SUMMARY } from './impact-world.js';

// Rules 1–5 of docs/domain.md on a generated county: ~60 records nobody worked out by hand. The
// expectations come from the generated records themselves (random-world.ts), in exact decimals.
const SEED = 20250918;

const PARTITIONS: Grouping[] = ['TOWN', 'VILLAGE', 'BASE', 'ENTERPRISE', 'TEAM'];
const TIMES: Grouping[] = ['YEAR', 'QUARTER', 'MONTH'];

/** Only what the records themselves give, to compare with a group's own records. */
function recordFigures(figures: Record<string, any>): RecordFigures {
  return { ...Object.fromEntries(FIGURES.map((figure) => [figure, figures[figure]])), records: figures.records } as RecordFigures;
}

describe(`a generated county (seed ${SEED}): groups add up, totals follow from the records`, () => {
  let t: TestApp;
  let w: RandomWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildRandomWorld(t, SEED);
  }, 120_000);
  afterAll(() => t?.close());

  const report = async (filter: ReportFilter, groupBy?: Grouping) => (await t.admin.ok(SUMMARY, { filter, groupBy })).impactSummary;

  const FILTERS: [string, () => ReportFilter][] = [
    ['no filter at all', () => ({})],
    ['the county, no range', () => ({ divisionId: w.county.id })],
    ['the county, years 2024–2025', () => ({ divisionId: w.county.id, from: '2024', to: '2025' })],
    ['the county, quarters 2024Q2–2025Q1', () => ({ divisionId: w.county.id, from: '2024Q2', to: '2025Q1' })],
    [
      'the busiest town, months 2023-03 – 2024-08',
      () => ({ divisionId: busiestTown({ from: '2023-03', to: '2024-08' }), from: '2023-03', to: '2024-08' }),
    ],
  ];

  /** The town with the most records in a range, so a town filter has something to count. */
  const busiestTown = (range: ReportFilter) =>
    w.towns.map((town) => ({ id: town.id, n: recordsInside(w, { ...range, divisionId: town.id }).length })).sort((a, b) => b.n - a.n)[0].id;

  // Guards against a test that passes because the seed happened to dodge the hard cases.
  it('generates a world that exercises the rules', () => {
    const levels = new Set(w.records.map((r) => (r.baseId ? 'BASE' : r.place.level)));
    expect([...levels].sort()).toEqual(['BASE', 'COUNTY', 'TOWN', 'VILLAGE']);
    expect(new Set(w.records.map((r) => r.period.length)).size).toBe(3);
    expect(w.records.some((r) => (r.match?.brokerIds.length ?? 0) === 2)).toBe(true);
    expect(w.records.some((r) => r.match === null && r.team === null)).toBe(true);
    expect(w.records.some((r) => r.figures.areaMu === undefined)).toBe(true);
    expect(w.records.some((r) => /\.\d\d$/.test(r.figures.householdRentYuan ?? ''))).toBe(true);
    // Several records of one series in a range, so "latest per series" picks among them.
    const inRange = recordsInside(w, { from: '2024', to: '2025' }).filter((r) => r.figures.areaMu !== undefined);
    expect(inRange.length - new Set(inRange.map((r) => r.series)).size).toBeGreaterThan(5);
    expect(recordsExcluded(w, { from: '2024Q2', to: '2025Q1' }).length).toBeGreaterThan(0);
    expect(w.records.length).toBe(60);
  });

  describe.each(FILTERS)('%s', (_name, filterOf) => {
    it('totals: flows summed, stocks latest per series, reach counted, overlaps left out and counted', async () => {
      const filter = filterOf();
      const inside = recordsInside(w, filter);
      expect(inside.length).toBeGreaterThan(5);
      const { totals, groups, groupsOverlap, excludedRecords } = await report(filter);
      expect(totals).toEqual({ ...figuresOf(inside), ...reachOf(w, filter) });
      expect({ groups, groupsOverlap, excludedRecords }).toEqual({
        groups: [],
        groupsOverlap: false,
        excludedRecords: recordsExcluded(w, filter).length,
      });
    });

    it.each(PARTITIONS)('%s partitions the records: flows, stocks and records add up to the totals', async (grouping) => {
      const filter = filterOf();
      const [grouped, plain] = [await report(filter, grouping), await report(filter)];
      expect(grouped.totals).toEqual(plain.totals);
      expect(grouped.groupsOverlap).toBe(false);
      const sums = Object.fromEntries(
        FIGURES.map((figure) => [figure, sumDecimals(grouped.groups.map((group: any) => group.figures[figure]))]),
      );
      expect(sums).toEqual(Object.fromEntries(FIGURES.map((figure) => [figure, plain.totals[figure]])));
      expect(grouped.groups.reduce((total: number, group: any) => total + group.figures.records, 0)).toBe(plain.totals.records);
      expectGroupsFromOwnRecords(grouped.groups, filter, grouping);
    });

    it.each(TIMES)('%s: flows and records add up; each period holds its own latest stocks', async (grouping) => {
      const filter = filterOf();
      const [grouped, plain] = [await report(filter, grouping), await report(filter)];
      expect(grouped.totals).toEqual(plain.totals);
      const sums = Object.fromEntries(FLOWS.map((flow) => [flow, sumDecimals(grouped.groups.map((group: any) => group.figures[flow]))]));
      expect(sums).toEqual(Object.fromEntries(FLOWS.map((flow) => [flow, plain.totals[flow]])));
      expect(grouped.groups.reduce((total: number, group: any) => total + group.figures.records, 0)).toBe(plain.totals.records);
      expectGroupsFromOwnRecords(grouped.groups, filter, grouping);
    });

    it('MEMBER overlaps: no group exceeds the totals, and the totals are the ungrouped ones', async () => {
      const filter = filterOf();
      const [grouped, plain] = [await report(filter, 'MEMBER'), await report(filter)];
      expect(grouped.groupsOverlap).toBe(true);
      expect(grouped.totals).toEqual(plain.totals);
      for (const group of grouped.groups) {
        for (const figure of FIGURES) {
          if (compareDecimals(group.figures[figure], plain.totals[figure]) > 0) {
            throw new Error(
              `member group ${group.key} (${group.label}) has ${figure} ${group.figures[figure]} > total ${plain.totals[figure]}`,
            );
          }
        }
        expect(group.figures.records).toBeLessThanOrEqual(plain.totals.records);
      }
      // Every record lands in at least one group (the key-null one when nobody is credited).
      expect(grouped.groups.reduce((total: number, group: any) => total + group.figures.records, 0)).toBeGreaterThanOrEqual(
        plain.totals.records,
      );
      expectGroupsFromOwnRecords(grouped.groups, filter, 'MEMBER');
    });
  });

  /** Every group holds exactly its own records' figures (zero when it is there for visits or signings only). */
  function expectGroupsFromOwnRecords(groups: any[], filter: ReportFilter, grouping: Grouping) {
    const expected = groupsOf(recordsInside(w, filter), grouping);
    const zero = figuresOf([]);
    const got = new Map<string | null, RecordFigures>(groups.map((group) => [group.key, recordFigures(group.figures)]));
    expect(groups.length).toBe(got.size);
    for (const key of expected.keys()) expect(got.has(key)).toBe(true);
    expect(Object.fromEntries([...got].map(([key, figures]) => [String(key), figures]))).toEqual(
      Object.fromEntries([...got.keys()].map((key) => [String(key), expected.get(key) ?? zero])),
    );
  }
});
