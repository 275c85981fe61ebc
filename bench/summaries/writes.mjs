// The writes of issue 12, each with the summaries on and off in the same run (summary-state.mjs):
// a draft recorded (W1), a batch of 100 records submitted and approved, and 16 town clerks
// approving at once. Every record written here is removed again (bench-records.mjs), the ones
// written while off while still off.
import { performance } from 'node:perf_hooks';

import { freshConnections, post } from '../http.mjs';
import { removeBenchRecords, SUMMARIES_SOURCE } from './bench-records.mjs';
import { withSummariesOff } from './summary-state.mjs';

const RECORD = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id period status } }`;
const SUBMIT = `mutation($ids: [ID!]!) { submitOutcomes(ids: $ids) { id status } }`;
const APPROVE = `mutation($ids: [ID!]!) { approveOutcomes(ids: $ids) { id status } }`;
export const BATCH = 100;

/** A draft of a base for a month; figures that vary a little so cells are not all alike. */
function recordInput({ baseId, period }, n) {
  return {
    period,
    baseId,
    areaMu: `${10 + (n % 90)}.25`,
    outputValueYuan: `${1000 + ((n * 37) % 90_000)}.50`,
    householdRentYuan: `${100 + ((n * 13) % 5000)}.00`,
    jobsPersonTimes: n % 40,
    atLeast: n % 7 === 0,
    source: SUMMARIES_SOURCE,
  };
}

async function ok(url, token, query, variables, what) {
  const body = await post(url, token, { query, variables });
  if (body.errors) throw new Error(`${what}: ${JSON.stringify(body.errors).slice(0, 400)}`);
  return body.data;
}

const recordDraft = async (app, slot, n) =>
  (await ok(app.url, app.token, RECORD, { input: recordInput(slot, n) }, 'recordOutcome')).recordOutcome.id;

/**
 * W1 with the summaries on and off, in alternating blocks of S/2 seconds (`rounds` of each), one
 * client: the pooled latencies of each side. Each off block's drafts go before switching on.
 */
export async function measureDraftCost({ app, database, writes, seconds, rounds = 3 }) {
  const latencies = { on: [], off: [] };
  let n = 0;
  const block = async (side) => {
    freshConnections();
    const deadline = performance.now() + (seconds * 1000) / 2;
    while (performance.now() < deadline) {
      const begin = performance.now();
      await recordDraft(app, writes.next(), n++);
      latencies[side].push(performance.now() - begin);
    }
    await removeBenchRecords(database.pool);
  };
  for (let round = 0; round < rounds; round++) {
    await block('on');
    await withSummariesOff(database, () => block('off'));
  }
  const on = summarize(latencies.on);
  const off = summarize(latencies.off);
  return { on, off, ratio: on.p50 / off.p50 };
}

/** `count` drafts of one base, months from 1950-01 on, entered by the administrator; their ids. */
async function drafts(app, baseId, count) {
  const ids = [];
  for (let i = 0; i < count; i++) {
    const period = `${1950 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    ids.push(await recordDraft(app, { baseId, period }, i));
  }
  return ids;
}

/** Submitted by the administrator, approved by the town's clerk: each step's milliseconds. */
async function submitAndApprove(app, approver, ids) {
  let begin = performance.now();
  const submitted = await ok(app.url, app.token, SUBMIT, { ids }, 'submitOutcomes');
  const submitMs = performance.now() - begin;
  begin = performance.now();
  const approved = await ok(app.url, approver.token, APPROVE, { ids }, `approveOutcomes in town ${approver.town}`);
  const approveMs = performance.now() - begin;
  const notApproved = approved.approveOutcomes.filter((record) => record.status !== 'APPROVED').length;
  if (submitted.submitOutcomes.length !== ids.length || approved.approveOutcomes.length !== ids.length || notApproved > 0)
    throw new Error(`town ${approver.town}: ${approved.approveOutcomes.length - notApproved} of ${ids.length} approved`);
  return { submitMs, approveMs, ms: submitMs + approveMs };
}

/**
 * A batch of 100 drafts of a base submitted and approved through GraphQL, `rounds` times with the
 * summaries on and as many off, alternating; the drafts are entered before the clock starts.
 */
export async function measureBatchApproval({ app, database, slot, approver, rounds = 3 }) {
  const runs = { on: [], off: [] };
  const once = async (side) => {
    freshConnections();
    const ids = await drafts(app, slot.baseId, BATCH);
    runs[side].push(await submitAndApprove(app, approver, ids));
    await removeBenchRecords(database.pool);
  };
  for (let round = 0; round < rounds; round++) {
    await once('on');
    await withSummariesOff(database, () => once('off'));
  }
  const on = median(runs.on);
  const off = median(runs.off);
  return { records: BATCH, rounds, on, off, ratio: on.ms / off.ms };
}

/**
 * 16 clerks, one per town, each approving 100 submitted records of a base of their town at the
 * same moment (summaries on). Then: how many of the 1,600 are approved in the database (a lost
 * update or a deadlock leaves fewer), and the wall time's throughput.
 */
export async function measureConcurrentApproval({ app, database, slots, approvers }) {
  freshConnections();
  const batches = [];
  for (const [i, slot] of slots.entries()) batches.push({ approver: approvers[i], ids: await drafts(app, slot.baseId, BATCH) });
  for (const { ids } of batches) await ok(app.url, app.token, SUBMIT, { ids }, 'submitOutcomes');
  const deadlocksBefore = await deadlocks(database);
  const begin = performance.now();
  const answers = await Promise.allSettled(
    batches.map(({ approver, ids }) => ok(app.url, approver.token, APPROVE, { ids }, `approveOutcomes in town ${approver.town}`)),
  );
  const wallMs = performance.now() - begin;
  const failures = answers.filter((answer) => answer.status === 'rejected').map((answer) => answer.reason.message);
  const [{ approved }] = await database.query(
    `SELECT count(*)::int AS approved FROM outcome_record WHERE source = $1 AND status = 'APPROVED'`,
    [SUMMARIES_SOURCE],
  );
  const expected = batches.length * BATCH;
  // The server's own count: the app answers a deadlock with a message of its own, not PostgreSQL's.
  return {
    approvers: batches.length,
    recordsEach: BATCH,
    wallMs,
    recordsPerSecond: (approved / wallMs) * 1000,
    approved,
    expected,
    failures,
    deadlocks: (await deadlocks(database, 1500)) - deadlocksBefore,
  };
}

/** PostgreSQL's count of deadlocks detected in this database (its statistics lag a moment: `settle` ms). */
async function deadlocks(database, settle = 0) {
  if (settle) await new Promise((done) => setTimeout(done, settle));
  const [{ count }] = await database.query(
    'SELECT pg_stat_clear_snapshot(), deadlocks::int AS count FROM pg_stat_database WHERE datname = current_database()',
  );
  return count;
}

function summarize(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (fraction) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
  return { requests: sorted.length, p50: at(0.5), p95: at(0.95) };
}

function median(runs) {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor((runs.length - 1) / 2)];
}
