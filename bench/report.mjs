// The printed table and the targets of issue 3, from a run's results.

/**
 * The latency target's factor on the floor: GraphQL p50 ≤ FLOOR_FACTOR × floor p50 + 3 ms. Issue 3
 * set 1.15; issue 12 (report summaries) moved it to 1.3 for every operation with a floor.
 */
export const FLOOR_FACTOR = 1.3;

const COLUMNS = [
  ['op', (r) => r.name],
  // Not seen on the embedded database (inside the app's process): '—', as the floor.
  [
    'stmts',
    (r) =>
      r.statements === null
        ? '—'
        : `${r.statements}${r.sessionLookups ? ` (${r.statements - r.sessionLookups}+${r.sessionLookups} auth)` : ''}`,
  ],
  ['p50 c1', (r) => ms(r.app.c1.p50)],
  ['p95 c1', (r) => ms(r.app.c1.p95)],
  ['p50 c16', (r) => ms(r.app.c16.p50)],
  ['p95 c16', (r) => ms(r.app.c16.p95)],
  ['rps c16', (r) => num(r.app.c16.rps)],
  ['floor p50 c1', (r) => (r.floor ? ms(r.floor.c1.p50) : '—')],
  ['floor p95 c1', (r) => (r.floor ? ms(r.floor.c1.p95) : '—')],
  ['floor p50 c16', (r) => (r.floor ? ms(r.floor.c16.p50) : '—')],
  ['floor p95 c16', (r) => (r.floor ? ms(r.floor.c16.p95) : '—')],
  [`p50/(${FLOOR_FACTOR}×floor+3)`, (r) => (r.floor ? ratio(r.latencyRatio) : '—')],
  ['peer rps c16', (r) => (r.peer ? num(r.peer.c16.rps) : '—')],
  ['rps/peer', (r) => (r.peer ? ratio(r.throughputRatio) : '—')],
];

export function printTable(results, write) {
  const rows = [COLUMNS.map(([title]) => title), ...results.map((result) => COLUMNS.map(([, cell]) => cell(result)))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((width, i) => (i === 0 ? ':' : '') + '-'.repeat(width + 1) + (i === 0 ? '' : ':')).join('|')}|`);
  for (const row of rows.slice(1)) console.log(line(row));
  const failures = results.flatMap((r) =>
    ['app', 'floor', 'peer'].flatMap((side) =>
      Object.entries(r[side] ?? {})
        .filter(([, m]) => m.errors)
        .map(([level, m]) => `${r.name} ${side} ${level}: ${m.errors} of ${m.errors + m.requests} requests failed (${m.firstError})`),
    ),
  );
  const skipped = results.filter((r) => r.app.c16.skipped).map((r) => `${r.name}: ${r.app.c16.skipped}`);
  if (skipped.length > 0) console.log(`\nc16 not measured (time box):\n${skipped.map((line) => `  ${line}`).join('\n')}`);
  if (failures.length > 0) console.log(`\nFailed requests (not timed):\n${failures.map((line) => `  ${line}`).join('\n')}`);
  if (write) {
    console.log('');
    console.log(
      `W1 insert through pg (c1, rolled back): heap copy p50 ${ms(write.heap.p50)} · copy with indexes and checks p50 ${ms(write.indexed.p50)} · ` +
        `outcome_record p50 ${ms(write.real.p50)} → ×${write.ratioToHeap.toFixed(2)} the heap copy, ×${write.ratioToIndexed.toFixed(2)} the indexed copy`,
    );
  }
}

/** Issue 3's targets, each with the measured figure and whether it holds. */
export function targets(results, write, { isEmbedded }) {
  const reports = results.filter((r) => r.name.startsWith('R'));
  const list = [];
  const add = (target, measured, met) => list.push({ target, measured, met });
  for (const r of results.filter((r) => /^R[1-5]$/.test(r.name) && r.statements !== null)) {
    add(
      `${r.name}: exactly 1 SQL statement (besides the session lookup)`,
      `${r.statements - r.sessionLookups} (+${r.sessionLookups} session lookup)`,
      r.statements - r.sessionLookups === 1,
    );
  }
  for (const r of results.filter((r) => ['R6', 'C1'].includes(r.name) && r.statements !== null)) {
    // Counted like R1–R5: the session lookup every authenticated request makes is not the operation's.
    add(
      `${r.name}: at most 3 SQL statements (besides the session lookup)`,
      `${r.statements - r.sessionLookups} (+${r.sessionLookups} session lookup)`,
      r.statements - r.sessionLookups <= 3,
    );
  }
  for (const r of results.filter((r) => r.floor && /^(R\d|C1)$/.test(r.name)))
    add(
      `${r.name}: GraphQL p50 ≤ ${FLOOR_FACTOR} × floor p50 + 3 ms (c1)`,
      `${ms(r.app.c1.p50)} vs ${ms(FLOOR_FACTOR * r.floor.c1.p50 + 3)}`,
      r.latencyRatio <= 1,
    );
  if (!isEmbedded)
    for (const r of reports)
      add(
        `${r.name}: p95 ≤ 50 ms at 16 clients`,
        r.app.c16.skipped ? `not measured: ${r.app.c16.skipped}` : ms(r.app.c16.p95),
        r.app.c16.p95 <= 50,
      );
  for (const r of results.filter((r) => ['C1', 'R2'].includes(r.name) && r.peer)) {
    const measured = r.app.c16.skipped ? `not measured: ${r.app.c16.skipped}` : `${(100 * r.throughputRatio).toFixed(0)}%`;
    add(`${r.name}: throughput ≥ 50% of the peer's`, measured, r.throughputRatio >= 0.5);
  }
  for (const r of results) {
    const failed = ['app', 'floor', 'peer'].reduce(
      (sum, side) => sum + Object.values(r[side] ?? {}).reduce((n, m) => n + (m.errors ?? 0), 0),
      0,
    );
    if (failed > 0) add(`${r.name}: every request answered without errors`, `${failed} failed`, false);
  }
  if (write)
    add(
      "W1: outcome_record insert ≤ 1.25 × the heap copy's insert (pg, p50)",
      `×${write.ratioToHeap.toFixed(2)}`,
      write.ratioToHeap <= 1.25,
    );
  return list;
}

export function printTargets(list) {
  console.log('');
  // met: null for a target this build cannot be measured against (said in `measured`).
  for (const { target, measured, met } of list)
    console.log(`${met === null ? '—     ' : met ? 'met   ' : 'MISSED'}  ${target}: ${measured}`);
}

function ms(value) {
  if (!Number.isFinite(value)) return '—';
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

function num(value) {
  return Number.isFinite(value) ? value.toFixed(value >= 100 ? 0 : 1) : '—';
}

function ratio(value) {
  return Number.isFinite(value) ? value.toFixed(2) : '—';
}
