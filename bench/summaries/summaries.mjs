// SUMMARIES, issue 12's part of `npm run bench` (bench/README.md, "Report summaries"): R1–R5 from
// the summary cells against the direct statement (a second app, REPORT_SUMMARIES=false, on the same
// database), and what the summaries cost writers — a draft, a batch approval, 16 clerks approving
// at once, the 100,000-row import — each against the same write with the summaries off.
import { startApp } from '../app.mjs';
import { freshConnections, post } from '../http.mjs';
import { createApprovers, removeApprovers, removeBenchRecords } from './bench-records.mjs';
import { measureImportCost } from './import-cost.mjs';
import { measureReportReads, sameReport } from './report-reads.mjs';
import { repairSummaries } from './summary-state.mjs';
import { measureBatchApproval, measureConcurrentApproval, measureDraftCost } from './writes.mjs';

export { printSummaries, summaryTargets } from './summary-report.mjs';

const TOWNS = 16;

/** Before the app starts (the embedded database is open only then): leftovers of an interrupted run go, summaries current. */
export async function prepareSummaries(database, log) {
  if (database.pool) {
    await removeBenchRecords(database.pool);
    await removeApprovers(database.pool);
  }
  const state = await repairSummaries(database, log);
  if (state === null) throw new Error('SUMMARIES: this database has no summary_state (a build before issue 12)');
  return database.pool ? townSlots(database) : null;
}

/**
 * One base per town in 16 towns, none of whose records is before 2000 and none among the 500 bases
 * W1 writes to (operations.mjs): its months 1950-01 … 1958-04 are free for 100 records.
 */
async function townSlots(database) {
  const rows = await database.query(
    `WITH free AS (
       SELECT b.id, v.town_id FROM base b JOIN division v ON v.id = b.village_id
        WHERE v.town_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM outcome_record r WHERE r.base_id = b.id AND r.period_start < DATE '2000-01-01')
        ORDER BY b.id OFFSET 500)
     SELECT DISTINCT ON (town_id) id::text AS "baseId", town_id::text AS town FROM free ORDER BY town_id, id LIMIT ${TOWNS}`,
  );
  if (rows.length < TOWNS) throw new Error(`SUMMARIES: only ${rows.length} towns have a base free for the approval writes`);
  return rows;
}

/**
 * `app`: the app as configured (summaries on); `reports`: R1–R5 of operations.mjs; `slots`: from
 * prepareSummaries; `sheetFile`: SHEETS' outcome file (null: no import measured).
 */
export async function measureSummaries({ target, app, database, reports, writes, slots, sheetFile, seconds, log }) {
  const result = { reads: null, writes: null };
  // The embedded database's data directory is held by the app: no second process, no writes beside it.
  const direct = app.isEmbedded ? null : await startApp(target, database, { env: { REPORT_SUMMARIES: 'false' } });
  try {
    log('SUMMARIES — R1–R5 from the summary cells against the direct statement');
    result.reads = await measureReportReads({ app, direct, reports, seconds, log });
    if (app.isEmbedded) return result;

    log('SUMMARIES — writes with the summaries on and off');
    const writesResult = {};
    result.writes = writesResult;
    writesResult.draft = await measureDraftCost({ app, database, writes, seconds });
    log(`  W1 draft: p50 ${writesResult.draft.on.p50.toFixed(1)} ms on, ${writesResult.draft.off.p50.toFixed(1)} ms off`);

    const approvers = await createApprovers(
      database.pool,
      slots.map((slot) => slot.town),
    );
    writesResult.batch = await measureBatchApproval({ app, database, slot: slots[0], approver: approvers[0] });
    log(`  batch of 100: ${writesResult.batch.on.ms.toFixed(0)} ms on, ${writesResult.batch.off.ms.toFixed(0)} ms off`);

    const concurrent = await measureConcurrentApproval({ app, database, slots, approvers });
    writesResult.concurrent = concurrent;
    log(
      `  ${concurrent.approvers} clerks at once: ${concurrent.approved} of ${concurrent.expected} approved in ${concurrent.wallMs.toFixed(0)} ms ` +
        `(${concurrent.recordsPerSecond.toFixed(0)} records/s), ${concurrent.failures.length} failed, ${concurrent.deadlocks} deadlocks`,
    );
    concurrent.townsAgree = await townsAgree(app, direct, slots);
    await removeBenchRecords(database.pool);
    concurrent.townsAgreeAfterCleanup = await townsAgree(app, direct, slots);
    log(
      `  by VILLAGE in the ${slots.length} towns, summaries = direct: ${concurrent.townsAgree.same}/${slots.length} after the approvals, ` +
        `${concurrent.townsAgreeAfterCleanup.same}/${slots.length} after their removal`,
    );

    if (sheetFile) writesResult.import = await measureImportCost({ app, database, file: sheetFile, log });
    // The appended deltas (and their removal) folded: fewer cells, the same figures.
    await database.query('SELECT summary_fold()');
    return result;
  } finally {
    await direct?.close();
    if (database.pool) {
      await removeBenchRecords(database.pool).catch((error) => log(`SUMMARIES cleanup failed: ${error.message}`));
      await removeApprovers(database.pool).catch((error) => log(`SUMMARIES cleanup of the approvers failed: ${error.message}`));
      // Left off by a failure midway: its writes are unknown, so the cells are rebuilt.
      await repairSummaries(database, log).catch((error) => log(`SUMMARIES repair failed: ${error.message}`));
    }
  }
}

const BY_VILLAGE = `query($filter: ImpactFilter, $groupBy: ImpactGrouping) {
  impactSummary(filter: $filter, groupBy: $groupBy) {
    totals { areaMu outputValueYuan jobsPersonTimes householdRentYuan collectiveIncomeYuan householdsBenefited
             towns villages bases enterprises matches serviceActivities farmersTrained records atLeast }
    groups { key label figures { areaMu outputValueYuan jobsPersonTimes householdRentYuan collectiveIncomeYuan householdsBenefited
             towns villages bases enterprises matches serviceActivities farmersTrained records atLeast } }
    groupsOverlap excludedRecords } }`;

/** Each town's report by VILLAGE (all time) from the cells and from the records: how many agree. */
async function townsAgree(app, direct, slots) {
  freshConnections();
  const differing = [];
  for (const { town } of slots) {
    const request = { query: BY_VILLAGE, variables: { filter: { divisionId: town }, groupBy: 'VILLAGE' } };
    const [cells, records] = await Promise.all([post(app.url, app.token, request), post(direct.url, direct.token, request)]);
    if (cells.errors || records.errors) throw new Error(`town ${town}: ${JSON.stringify(cells.errors ?? records.errors).slice(0, 300)}`);
    if (!sameReport(cells.data.impactSummary, records.data.impactSummary)) differing.push(town);
  }
  return { same: slots.length - differing.length, differing };
}
