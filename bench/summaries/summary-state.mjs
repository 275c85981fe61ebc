// "Summaries off" for writes (issue 12): `summary_state.current = false` makes the summary
// triggers return early and every report read the records directly. Valid only if each write made
// while off is undone while still off — then switching back on restores the cells exactly, with no
// rebuild. A run that was interrupted while off cannot know what it left: it rebuilds.

/** Why the benchmark switched them off: an interrupted run is recognised by it. */
const BENCH_REASON = 'bench SUMMARIES: off while measuring writes, undone before switching on';

/** Whether the summaries are current (null: a database without them, i.e. an older build). */
export async function summariesCurrent(database) {
  const [table] = await database.query(`SELECT to_regclass('summary_state') IS NOT NULL AS present`);
  if (!table.present) return null;
  const [state] = await database.query('SELECT current, reason FROM summary_state');
  return state;
}

/**
 * Before a run: summaries found off (an interrupted run, or something moved) are rebuilt, so
 * reports read cells again. At 1,000,000 records `summary_rebuild()` takes minutes.
 */
export async function repairSummaries(database, log) {
  const state = await summariesCurrent(database);
  if (state === null || state.current) return state;
  log(`summaries are off ("${state.reason}"): SELECT summary_rebuild() — minutes at 1,000,000 records …`);
  const started = Date.now();
  await database.query('SELECT summary_rebuild()');
  log(`  rebuilt in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return summariesCurrent(database);
}

/**
 * Runs `writeAndUndo` with the summaries off and switches them on again only when it finished
 * (its writes undone); when it failed, they stay off and the next run rebuilds them.
 */
export async function withSummariesOff(database, writeAndUndo) {
  await database.query('UPDATE summary_state SET current = false, changed_at = now(), reason = $1', [BENCH_REASON]);
  const result = await writeAndUndo();
  await database.query(`UPDATE summary_state SET current = true, changed_at = now(), reason = 'bench SUMMARIES: writes undone'`);
  return result;
}
