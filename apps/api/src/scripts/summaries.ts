import 'reflect-metadata';

import { parseArgs } from 'node:util';

import { openScriptDatabase } from './script-database.js';
import { verifySummaries } from './summaries/verify-summaries.js';

/**
 * `npm run summaries -- <command>` on the database of DATABASE_URL (or the embedded one in DATA_DIR):
 *
 * - `status`  whether the report summaries are current, why not, and how many cells they hold;
 * - `verify`  asks `--samples` random reports (default 200) of the cells and of the records and
 *             compares every figure; exits 1 on any difference;
 * - `rebuild` recomputes every cell from the records (writers wait, readers do not);
 * - `fold`    folds the cells appended since the last fold (the app does it every minute).
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { samples: { type: 'string', default: '200' }, seed: { type: 'string', default: String(Date.now() % 100000) } },
});
const command = positionals[0];
if (!['status', 'verify', 'rebuild', 'fold'].includes(command ?? '')) {
  process.stderr.write('用法：npm run summaries -- status|verify|rebuild|fold [--samples 200] [--seed N]\n');
  process.exit(2);
}

const { dataSource, close } = await openScriptDatabase();
let failed = false;
try {
  const started = Date.now();
  if (command === 'rebuild') await dataSource.query(`SELECT summary_rebuild()`);
  if (command === 'fold') {
    const [{ written }] = await dataSource.query(`SELECT summary_fold() AS written`);
    console.log(`folded into ${written} cells`);
  }
  if (command === 'verify') failed = !(await verifySummaries(dataSource, Number(values.samples), Number(values.seed)));
  const [state] = await dataSource.query(
    `SELECT current, reason, changed_at, (SELECT count(*) FROM summary_cell) AS cells,
            (SELECT count(*) FROM summary_cell WHERE seq > folded_through) AS unfolded FROM summary_state`,
  );
  console.log(
    `summaries ${state.current ? 'current' : `STALE (${state.reason})`} since ${new Date(state.changed_at).toISOString()}; ` +
      `${state.cells} cells, ${state.unfolded} appended since the last fold; ${command} took ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} finally {
  await close();
}
process.exit(failed ? 1 : 0);
