// SUMMARIES' printed table, its targets (issue 12) and its results file.
import { readdir, readFile, writeFile } from 'node:fs/promises';

/** Issue 12's p95 bound at 16 clients: 50 ms at 1,000,000 records, 100 ms at 10,000,000 (and above 1M). */
const p95Bound = (records) => (records > 1_000_000 ? 100 : 50);

export function printSummaries(result) {
  const rows = [['op', 'cells p50 c1', 'cells p95 c16', 'direct p50 c1', 'cells/direct', 'same answer']];
  for (const r of result.reads) {
    rows.push([
      r.name,
      ms(r.cells.c1.p50),
      ms(r.cells.c16.p95),
      r.direct ? ms(r.direct.c1.p50) : '—',
      r.direct ? `1/${(1 / r.ratio).toFixed(0)}` : '—',
      r.direct ? (r.sameAnswer === null ? 'direct failed' : r.sameAnswer ? 'yes' : 'NO') : '—',
    ]);
  }
  console.log('\nReport summaries: R1–R5 from the cells (the app) and from the records (REPORT_SUMMARIES=false)');
  printRows(rows);
  const w = result.writes;
  if (!w) return;
  console.log('\nWrites, summaries on against off (same run)');
  const lines = [['write', 'summaries on', 'off', 'on/off']];
  lines.push(['W1 draft, p50 c1', ms(w.draft.on.p50), ms(w.draft.off.p50), `×${w.draft.ratio.toFixed(2)}`]);
  lines.push([
    `${w.batch.records} records submitted + approved (median of ${w.batch.rounds})`,
    ms(w.batch.on.ms),
    ms(w.batch.off.ms),
    `×${w.batch.ratio.toFixed(2)}`,
  ]);
  lines.push([
    '  of which approveOutcomes',
    ms(w.batch.on.approveMs),
    ms(w.batch.off.approveMs),
    `×${(w.batch.on.approveMs / w.batch.off.approveMs).toFixed(2)}`,
  ]);
  if (w.import?.available)
    lines.push([`import of ${w.import.rows} rows (commit)`, ms(w.import.onMs), ms(w.import.offMs), `×${w.import.ratio.toFixed(2)}`]);
  printRows(lines);
  const c = w.concurrent;
  console.log(
    `\n${c.approvers} clerks in ${c.approvers} towns approving ${c.recordsEach} records each at once: ${c.approved} of ${c.expected} approved ` +
      `in ${ms(c.wallMs)}, ${c.recordsPerSecond.toFixed(0)} records/s; ${c.failures.length} requests failed, ${c.deadlocks} deadlocks (pg_stat_database)`,
  );
  for (const failure of c.failures.slice(0, 3)) console.log(`  ${failure}`);
}

/** Each target of issue 12 with the measured figure: met, MISSED, or null (not measurable here). */
export function summaryTargets(result, { records, isEmbedded, main = [], server = null }) {
  const list = [];
  const add = (target, measured, met) => list.push({ target, measured, met });
  for (const r of result.reads) {
    if (r.direct) {
      add(
        `${r.name}: the cells answer exactly as the direct statement`,
        r.sameAnswer === null ? `direct statement failed: ${r.directError}` : r.sameAnswer ? 'same' : 'different',
        r.sameAnswer,
      );
      add(
        `${r.name}: p50 c1 ≤ 1/20 of the direct statement's`,
        `${ms(r.cells.c1.p50)} vs ${ms(r.direct.c1.p50)} (1/${(1 / r.ratio).toFixed(1)})`,
        r.ratio <= 1 / 20,
      );
    }
    if (!isEmbedded)
      add(`${r.name}: p95 ≤ ${p95Bound(records)} ms at 16 clients`, ms(r.cells.c16.p95), r.cells.c16.p95 <= p95Bound(records));
    const failed = (r.cells.c1.errors ?? 0) + (r.cells.c16.errors ?? 0) + (r.direct?.c1.errors ?? 0);
    if (failed > 0) add(`${r.name}: every request answered without errors`, `${failed} failed`, false);
  }
  // R6 and C1 read no cells: the main part measures them against their floor (report.mjs, 1.3 since
  // this issue) and lists that target; a run of SUMMARIES alone says it did not.
  for (const name of ['R6', 'C1'])
    if (!isEmbedded && !main.some((op) => op.name === name && op.floor))
      add(`${name}: GraphQL p50 ≤ 1.3 × floor p50 + 3 ms (c1)`, 'not measured in this run (add R6,C1 to --only)', null);
  if (isEmbedded) {
    if (!server) add("embedded: every report ≤ 3 × the server's", 'no server SUMMARIES results file with as many records', null);
    for (const r of result.reads) {
      const theirs = server?.run.reads.find((op) => op.name === r.name);
      if (theirs)
        add(
          `${r.name}: embedded ≤ 3 × the server's p50 (c1; ${server.name})`,
          `${ms(r.cells.c1.p50)} vs ${ms(theirs.cells.c1.p50)}, ×${(r.cells.c1.p50 / theirs.cells.c1.p50).toFixed(2)}`,
          r.cells.c1.p50 <= 3 * theirs.cells.c1.p50,
        );
    }
  }
  const w = result.writes;
  if (!w) return list;
  add('W1 draft: p50 with the summaries within ±10% of without', `×${w.draft.ratio.toFixed(2)}`, Math.abs(w.draft.ratio - 1) <= 0.1);
  add(`batch of ${w.batch.records} submitted + approved ≤ 2 × with the summaries off`, `×${w.batch.ratio.toFixed(2)}`, w.batch.ratio <= 2);
  if (w.import?.available)
    add(`import of ${w.import.rows} rows ≤ 1.5 × with the summaries off`, `×${w.import.ratio.toFixed(2)}`, w.import.ratio <= 1.5);
  else if (w.import) add('import ≤ 1.5 × with the summaries off', 'not available in this build', null);
  const c = w.concurrent;
  add(
    `${c.approvers} clerks approving at once: no deadlock, no lost update`,
    `${c.approved} of ${c.expected} approved, ${c.failures.length} failed, ${c.deadlocks} deadlocks, ${c.recordsPerSecond.toFixed(0)} records/s`,
    c.approved === c.expected && c.failures.length === 0 && c.deadlocks === 0,
  );
  add(
    `${c.approvers} towns by VILLAGE: summaries = direct after the approvals and after their removal`,
    `${c.townsAgree.same} and ${c.townsAgreeAfterCleanup.same} of ${c.approvers}` +
      (c.townsAgree.differing.length + c.townsAgreeAfterCleanup.differing.length > 0
        ? ` (differing: ${[...c.townsAgree.differing, ...c.townsAgreeAfterCleanup.differing].join(', ')})`
        : ''),
    c.townsAgree.differing.length === 0 && c.townsAgreeAfterCleanup.differing.length === 0,
  );
  return list;
}

/** `<date>-<postgres|embedded>-<records>-summaries.json` in `directory`; returns its path. */
export async function saveSummaries(directory, { database, records, body }) {
  const date = new Date().toISOString().slice(0, 10);
  const file = new URL(`${date}-${database}-${sizeLabel(records)}-summaries.json`, directory);
  // Times to 0.01 ms: finer digits are noise.
  const rounded = (_key, value) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value);
  await writeFile(file, `${JSON.stringify(body, rounded, 2)}\n`);
  return file.pathname;
}

/** The latest server SUMMARIES file with as many records: the embedded database is compared with it. */
export async function latestServerSummaries(directory, records) {
  const names = (await readdir(directory).catch(() => []))
    .filter((name) => name.endsWith(`-postgres-${sizeLabel(records)}-summaries.json`))
    .sort()
    .reverse();
  for (const name of names) {
    const run = JSON.parse(await readFile(new URL(name, directory), 'utf8'));
    if (run.recordsCounted === records) return { name, run: run.summaries };
  }
  return null;
}

function sizeLabel(records) {
  if (records % 1_000_000 === 0) return `${records / 1_000_000}m`;
  return records % 1000 === 0 ? `${records / 1000}k` : String(records);
}

function printRows(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((width, i) => (i === 0 ? ':' : '') + '-'.repeat(width + 1) + (i === 0 ? '' : ':')).join('|')}|`);
  for (const row of rows.slice(1)) console.log(line(row));
}

function ms(value) {
  if (!Number.isFinite(value)) return '—';
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}
