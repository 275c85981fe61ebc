import { buildRandomWorld, compareDecimals, type RandomWorld } from '../support/random-world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Issue 12: a report with thousands of groups can be asked for its top N by a figure, ranked on
// the server; the totals stay whole and groupCount says how many groups there were.
const REPORT = `query($filter: ImpactFilter, $groupBy: ImpactGrouping, $top: Int, $topBy: ImpactRanking) {
  impactSummary(filter: $filter, groupBy: $groupBy, top: $top, topBy: $topBy) {
    totals { outputValueYuan records }
    groups { key label figures { outputValueYuan areaMu villages records } }
    groupCount
  }
}`;

interface Report {
  totals: { outputValueYuan: string; records: number };
  groups: { key: string | null; label: string; figures: Record<string, string | number> }[];
  groupCount: number;
}

describe('impactSummary(top:, topBy:)', () => {
  let t: TestApp;
  let w: RandomWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildRandomWorld(t, 20250918);
  }, 120_000);
  afterAll(() => t?.close());

  const ask = async (variables: Record<string, unknown>) =>
    ((await t.admin.ok(REPORT, variables)) as { impactSummary: Report }).impactSummary;

  // TOWN and ENTERPRISE come from the summary cells, TEAM from the records: ranked alike.
  it.each([
    ['TOWN', 'OUTPUT_VALUE_YUAN', 'outputValueYuan'],
    ['ENTERPRISE', 'AREA_MU', 'areaMu'],
    ['TEAM', 'VILLAGES', 'villages'],
    ['VILLAGE', 'RECORDS', 'records'],
  ])('by %s: the %s largest groups, largest first, totals untouched', async (groupBy, topBy, field) => {
    const filter = { divisionId: w.county.id, from: '2023', to: '2025' };
    const all = await ask({ filter, groupBy });
    const top = await ask({ filter, groupBy, top: 2, topBy });
    expect(all.groups.length).toBeGreaterThan(2);
    expect(top.groupCount).toBe(all.groups.length);
    expect(top.totals).toEqual(all.totals);
    expect(top.groups).toHaveLength(2);
    const value = (group: Report['groups'][number]) => String(group.figures[field]);
    const ranked = [...all.groups].sort((a, b) => compareDecimals(value(b), value(a)) || String(a.key).localeCompare(String(b.key)));
    expect(top.groups.map(value)).toEqual(ranked.slice(0, 2).map(value));
    for (const group of top.groups) expect(all.groups).toContainEqual(group);
  });

  it('ranks by output value when topBy is left out, and counts every group', async () => {
    const all = await ask({ filter: { divisionId: w.county.id }, groupBy: 'VILLAGE' });
    const top = await ask({ filter: { divisionId: w.county.id }, groupBy: 'VILLAGE', top: 1 });
    const largest = Math.max(...all.groups.map((group) => Number(group.figures.outputValueYuan)));
    expect(Number(top.groups[0].figures.outputValueYuan)).toBe(largest);
    expect(top.groupCount).toBe(all.groupCount);
    expect(all.groupCount).toBe(all.groups.length);
  });

  it.each([0, 1001, -3])('refuses top %d with a message a clerk understands', async (top) => {
    const error = await t.admin.fails(REPORT, { groupBy: 'TOWN', top });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('前 N 组须为 1–1000 的整数');
    expect(error.extensions?.fields?.map((field) => field.field)).toContain('top');
  });
});
