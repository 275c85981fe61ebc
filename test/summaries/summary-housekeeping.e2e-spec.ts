import { setTimeout as delay } from 'node:timers/promises';

import { sql } from '../support/database.js';
import { buildRandomWorld, Random } from '../support/random-world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectSameAnswers, randomCases } from './summary-world.js';

// The app folds the summary cells' appended deltas on its own, every SUMMARY_FOLD_SECONDS: after
// a second or two nothing is left unfolded, each cell is one row, and every answer is the same.
describe('the summary housekeeping job', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { SUMMARY_FOLD_SECONDS: '1' } });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    delete process.env.SUMMARY_FOLD_SECONDS;
  });

  const unfolded = async () =>
    Number(
      (await sql<{ n: string }>(t, `SELECT count(*) AS n FROM summary_cell WHERE seq > (SELECT folded_through FROM summary_state)`))[0].n,
    );

  it('folds what writers appended, and no answer changes', async () => {
    const world = await buildRandomWorld(t, 4242, { records: 30, activities: 10 });
    const [{ cells }] = await sql<{ cells: string }>(
      t,
      `SELECT count(DISTINCT (node_id, facet, facet_key, part, lo, hi)) AS cells FROM summary_cell`,
    );
    expect(Number((await sql<{ n: string }>(t, `SELECT count(*) AS n FROM summary_cell`))[0].n)).toBeGreaterThanOrEqual(Number(cells));
    for (let waited = 0; (await unfolded()) > 0 && waited < 100; waited += 1) await delay(100);
    expect(await unfolded()).toBe(0);
    // Folded: one row per cell, at most (cells that add up to nothing are gone).
    const [{ rows }] = await sql<{ rows: string }>(t, `SELECT count(*) AS rows FROM summary_cell`);
    expect(Number(rows)).toBeLessThanOrEqual(Number(cells));
    await expectSameAnswers(t, randomCases(world, new Random(7), 40));
  }, 120_000);
});
