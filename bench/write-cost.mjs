// W1's target: what a write does to keep reports fast (triggers, extra indexes, summaries kept
// in the writing transaction) costs at most 25% more than the write's own insert, through `pg`
// with no server. The app's captured INSERT — same text, same values — is timed into:
//   heap:    a scratch copy of outcome_record with its columns and defaults only (no index, no
//            check, no trigger, no foreign key): storing the row and nothing else;
//   indexed: a scratch copy with the table's indexes and checks (LIKE … INCLUDING ALL), still no
//            trigger or foreign key;
//   real:    outcome_record itself, with everything.
// Each insert runs alone in a transaction that is rolled back (nothing stays, and a rolled-back
// row never blocks the next), the three alternate so drift hits them alike, and only the INSERT's
// round trip is timed (BEGIN and ROLLBACK are not).
import { performance } from 'node:perf_hooks';

const SCRATCH = { heap: 'bench_scratch_heap', indexed: 'bench_scratch_indexed' };

export async function writeCost(pool, insert, { seconds, minRounds = 50 }) {
  const client = await pool.connect();
  try {
    await client.query(`DROP TABLE IF EXISTS ${SCRATCH.heap}, ${SCRATCH.indexed}`);
    await client.query(`CREATE TABLE ${SCRATCH.heap} (LIKE outcome_record INCLUDING DEFAULTS INCLUDING IDENTITY)`);
    await client.query(`CREATE TABLE ${SCRATCH.indexed} (LIKE outcome_record INCLUDING ALL)`);
    // Columns the real table's triggers fill (period bounds, …) stay empty in a copy without them.
    for (const table of Object.values(SCRATCH)) await dropTriggerFilledNotNulls(client, table);

    const statements = {
      heap: retarget(insert.sql, SCRATCH.heap),
      indexed: retarget(insert.sql, SCRATCH.indexed),
      real: insert.sql,
    };
    const timings = { heap: [], indexed: [], real: [] };
    const deadline = performance.now() + seconds * 1000;
    for (let round = 0; round < minRounds || performance.now() < deadline; round++) {
      for (const variant of Object.keys(statements)) {
        await client.query('BEGIN');
        const begin = performance.now();
        await client.query(statements[variant], insert.params);
        timings[variant].push(performance.now() - begin);
        await client.query('ROLLBACK');
      }
    }
    const result = Object.fromEntries(Object.entries(timings).map(([variant, values]) => [variant, summary(values)]));
    return {
      ...result,
      ratioToHeap: result.real.p50 / result.heap.p50,
      ratioToIndexed: result.real.p50 / result.indexed.p50,
      statement: insert.sql,
    };
  } finally {
    await client.query(`DROP TABLE IF EXISTS ${SCRATCH.heap}, ${SCRATCH.indexed}`).catch(() => undefined);
    client.release();
  }
}

/** The same statement, into another table. */
function retarget(sql, table) {
  const retargeted = sql.replace(/INSERT INTO "?outcome_record"?/i, `INSERT INTO "${table}"`);
  if (retargeted === sql) throw new Error(`not an insert into outcome_record: ${sql.slice(0, 80)}`);
  return retargeted;
}

async function dropTriggerFilledNotNulls(client, table) {
  const { rows } = await client.query(
    `SELECT attname FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attnotnull AND NOT atthasdef AND attidentity = ''`,
    [table],
  );
  for (const { attname } of rows) await client.query(`ALTER TABLE ${table} ALTER COLUMN "${attname}" DROP NOT NULL`);
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (fraction) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
  return { inserts: sorted.length, p50: at(0.5), p95: at(0.95) };
}
