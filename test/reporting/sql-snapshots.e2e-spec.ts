import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { sql } from '../support/database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildImpactWorld, type ImpactWorld } from './impact-world.js';

// The committed snapshots of the reporting SQL (libs/reporting/queries/*.sql) are statements the
// database accepts: each one, with the sample parameters written above it, is planned (EXPLAIN)
// by the real database — embedded or server — so a snapshot cannot drift into text that would
// not run. That they are what the code sends is the unit test's part (snapshot-files.spec.ts).

const QUERIES = 'libs/reporting/queries';

interface SnapshotStatement {
  file: string;
  name: string;
  text: string;
  values: unknown[];
}

/** Reads the statements of one snapshot file: `-- name:`, `-- params:` and `--   $n name = json` lines, then the SQL up to `;`. */
function statementsOf(file: string): SnapshotStatement[] {
  const blocks = readFileSync(join(QUERIES, file), 'utf8')
    .split(/^-- name: /m)
    .slice(1);
  return blocks.map((block) => {
    const lines = block.split('\n');
    const values = lines.flatMap((line) => {
      const param = /^-- {3}\$(\d+) \w+ = (.*)$/.exec(line);
      return param ? [JSON.parse(param[2]) as unknown] : [];
    });
    const text = lines
      .slice(1)
      .filter((line) => !line.startsWith('--'))
      .join('\n')
      .trim()
      .replace(/;$/, '');
    return { file, name: lines[0], text, values };
  });
}

const SNAPSHOTS = readdirSync(QUERIES)
  .filter((file) => file.endsWith('.sql'))
  .sort()
  .flatMap(statementsOf);

describe('the reporting SQL snapshots run on the real database', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('finds every family of report statements', () => {
    const files = new Set(SNAPSHOTS.map((statement) => statement.file));
    expect([...files]).toEqual(
      expect.arrayContaining([
        'impact-summary.ungrouped.sql',
        'impact-summary.member.sql',
        'impact-summary.cells.sql',
        'impact-field.sql',
        'summary-text.sql',
      ]),
    );
    // The ungrouped report in 8 shapes, each of the 9 groupings in 2, the filters, the summary cells, the impact fields, the sentences.
    expect(files.size).toBe(14);
    expect(SNAPSHOTS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(SNAPSHOTS.map((statement) => [`${statement.file}: ${statement.name}`, statement] as const))('plans %s', async (_, statement) => {
    const plan = await sql<{ 'QUERY PLAN': string }>(t, `EXPLAIN ${statement.text}`, statement.values);
    expect(plan.length).toBeGreaterThan(0);
    expect(plan[0]['QUERY PLAN']).toMatch(/cost=/);
  });
});

// The record list (libs/outcomes) and the reports (libs/reporting) each keep their own SQL for
// an ImpactFilter; this keeps them agreeing on which records a filter covers.
describe('a filter covers the same records in the record list and in the report', () => {
  let t: TestApp;
  let w: ImpactWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildImpactWorld(t);
  });
  afterAll(() => t.close());

  const COVERED = `query($filter: ImpactFilter) {
    outcomeRecords(filter: $filter, take: 1) { totalItems }
    impactSummary(filter: $filter) { totals { records } }
  }`;

  it.each([
    ['no filter', () => ({})],
    ['a town', () => ({ divisionId: w.t1 })],
    ['a county', () => ({ divisionId: w.county })],
    ['a village', () => ({ divisionId: w.v3 })],
    ['an enterprise', () => ({ enterpriseId: w.e2 })],
    ['a broker', () => ({ memberId: w.m2 })],
    ['a team leader', () => ({ memberId: w.m3 })],
    ['a team', () => ({ teamId: w.tm1 })],
    ['a base', () => ({ baseId: w.b1 })],
    ['a match', () => ({ matchId: w.x2 })],
    ['a range', () => ({ from: '2024Q4', to: '2025Q1' })],
    ['a year from a town', () => ({ divisionId: w.t2, from: '2025', to: '2025' })],
  ])('%s', async (_, filter) => {
    const data = await t.admin.ok(COVERED, { filter: filter() });
    expect(data.outcomeRecords.totalItems).toBeGreaterThan(0);
    expect(data.impactSummary.totals.records).toBe(data.outcomeRecords.totalItems);
  });
});
