// npm run bench -- [--records N] [--seconds S] [--database-url URL] [--only R1,C1,…,SHEETS,CONSOLE,SUMMARIES]
//
// Starts the built server (dist/apps/api/src/main.js) as its own process against DATABASE_URL (or
// the embedded database in DATA_DIR), and for each operation measures: the SQL statements it sends
// (seen on the wire, on a PostgreSQL server), GraphQL latency at 1 and 16 concurrent clients, the
// same statements replayed through pg (the floor), and a minimal graphql-js + pg server answering
// the same operation (the peer). SHEETS: a 100,000-row outcome file imported and the list
// exported, against their floors (bench/spreadsheets/). CONSOLE: the web console's dashboard in
// Chromium, its scripts and the time to its figures (bench/console/). SUMMARIES: issue 12's report
// summaries against the direct statement, and their cost to writers (bench/summaries/). See
// bench/README.md.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';

// pg's own serialisation of a parameter: the peer's values compared as they travel on the wire.
import pgUtils from 'pg/lib/utils.js';

import { startApp } from './app.mjs';
import { embeddedAgainstServer, latestServerRun } from './compare.mjs';
import { consoleTargets, measureConsole, printConsole } from './console/console.mjs';
import { openDatabase } from './database.mjs';
import { floorTask, freshValues } from './floor.mjs';
import { closeClient, freshConnections, post } from './http.mjs';
import { measure as measureLoad, measureTakingTurns } from './load.mjs';
import { BENCH_SOURCE, freeWriteSlots, operations, pickIds } from './operations.mjs';
import { startPeer } from './peer-server.mjs';
import { FLOOR_FACTOR, printTable, printTargets, targets } from './report.mjs';
import { measureSheets, prepareSheets, printSheets, removeImportedRows, sheetTargets } from './spreadsheets/sheets.mjs';
import { measureSummaries, prepareSummaries, printSummaries, summaryTargets } from './summaries/summaries.mjs';
import { latestServerSummaries, saveSummaries } from './summaries/summary-report.mjs';
import { writeCost } from './write-cost.mjs';

const { values: args } = parseArgs({
  options: {
    records: { type: 'string' },
    seconds: { type: 'string', default: '5' },
    'database-url': { type: 'string' },
    only: { type: 'string' },
    'sheet-rows': { type: 'string', default: '100000' },
    'sheet-rounds': { type: 'string', default: '3' },
    'console-rounds': { type: 'string', default: '5' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log(`npm run bench -- [--records N] [--seconds S] [--database-url URL] [--only R1,C1,…,SHEETS,CONSOLE,SUMMARIES]
                 [--sheet-rows N] [--sheet-rounds R] [--console-rounds R]

Starts the built server (node dist/apps/api/src/main.js) on DATABASE_URL, or on the embedded
database in DATA_DIR (./data), and measures the operations of bench/README.md against it.`);
  process.exit(0);
}
const seconds = Number(args.seconds);
if (!(seconds > 0)) throw new Error('--seconds must be a positive number');
const databaseUrl = args['database-url'] ?? process.env.DATABASE_URL;
const only = args.only ? new Set(args.only.split(',')) : null;
const sheetRows = Number(args['sheet-rows']);
const sheetRounds = Number(args['sheet-rounds']);
if (!(Number.isInteger(sheetRows) && sheetRows > 0) || !(Number.isInteger(sheetRounds) && sheetRounds > 0))
  throw new Error('--sheet-rows and --sheet-rounds must be positive whole numbers');
// What every authenticated request costs before its operation: the rate-limit count and the session lookup.
const isSession = (sql) => /user_session|rate_limit_counter/.test(sql);
const RESULTS = new URL('./results/', import.meta.url);

const log = (line) => process.stderr.write(`${line}\n`);
const target = databaseUrl ? { databaseUrl } : { dataDir: process.env.DATA_DIR ?? './data' };
// The floor and the peer get as many connections as each of the app's pools on a server has (10).
const poolSize = 10;
// The setup reads the database beside the app; the embedded one only before the app starts (and
// after it stops), as one process at a time may hold its data directory.
let database = await openDatabase({ ...target, poolSize });
await database.query('DELETE FROM outcome_record WHERE source = $1', [BENCH_SOURCE]);
const [{ count: records }] = await database.query('SELECT count(*)::int AS count FROM outcome_record');
const [{ version }] = await database.query('SELECT version()');
const ids = await pickIds(database);
const writes = await freeWriteSlots(database);
const withSummaries = !only || only.has('SUMMARIES');
// SUMMARIES first: an interrupted run's leftovers go and summaries found off are rebuilt before anything is measured.
const summarySlots = withSummaries ? await prepareSummaries(database, log) : null;
// SUMMARIES imports SHEETS' file too (on a server: writes beside the embedded database's app are impossible).
const sheetFile =
  !only || only.has('SHEETS') || (withSummaries && database.pool) ? await prepareSheets(database, { rows: sheetRows, log }) : null;

log(`starting the app on ${databaseUrl ? redact(databaseUrl) : `the embedded database in ${target.dataDir}`} …`);
const app = await startApp(target, database);
// The embedded database is inside the app's process: its statements cannot be seen from here, so
// there is no floor and no peer, only the app's own latency.
const pool = database.pool;
let peerLog = null;
const peer = pool
  ? await startPeer({ pool, onStatement: (sql, params) => peerLog?.push({ sql, params: (params ?? []).map(pgUtils.prepareValue) }) })
  : null;

try {
  log(
    `${records} records; province ${ids.names.province}, county ${ids.names.county}, hot town ${ids.names.hotTown} (${ids.hotTownRecords} records); ${seconds} s per measurement`,
  );

  const results = [];
  let write = null;
  for (const op of operations(ids, writes)) {
    if (only && !only.has(op.name)) continue;
    log(`${op.name} — ${op.description}`);
    results.push(await measureOperation(op, writes));
    if (op.kind === 'write' && pool) write = await measureWriteCost(results.at(-1), writes);
  }
  const sheets =
    sheetFile && (!only || only.has('SHEETS'))
      ? await measureSheets({ app, pool, database, file: sheetFile, rounds: sheetRounds, log })
      : null;
  const consolePart = !only || only.has('CONSOLE') ? await measureDashboard() : null;
  const summaries = withSummaries
    ? await measureSummaries({
        target,
        app,
        database,
        reports: operations(ids, writes).filter((op) => /^R[1-5]$/.test(op.name)),
        writes,
        slots: summarySlots,
        sheetFile,
        seconds,
        log,
      })
    : null;

  console.log(
    `\n${app.isEmbedded ? 'embedded database' : 'PostgreSQL server'}, ${records} records, ${os.cpus().length} cores, ${seconds} s per measurement\n`,
  );
  if (results.length > 0) printTable(results, write);
  if (sheets) printSheets(sheets);
  if (consolePart) printConsole(consolePart);
  if (summaries) printSummaries(summaries);
  const checked = targets(results, write, { isEmbedded: app.isEmbedded });
  if (app.isEmbedded) {
    const server = await latestServerRun(RESULTS, records);
    if (server) checked.push(...embeddedAgainstServer(results, server));
    else log(`no PostgreSQL server run with ${records} records in bench/results/ to compare the embedded database with`);
  }
  if (sheets) checked.push(...sheetTargets(sheets));
  if (consolePart) checked.push(...consoleTargets(consolePart));
  const summaryChecks = summaries
    ? summaryTargets(summaries, {
        records,
        isEmbedded: app.isEmbedded,
        main: results,
        server: app.isEmbedded ? await latestServerSummaries(RESULTS, records) : null,
      })
    : [];
  checked.push(...summaryChecks);
  printTargets(checked);
  // SUMMARIES alone writes its own file only; in a full run it is written beside the day's results.
  if (!(only?.size === 1 && summaries)) {
    const file = await saveResults({ records, version, ids, results, write, sheets, console: consolePart, targets: checked });
    console.log(`\nwritten to ${file}`);
  }
  if (summaries) {
    const file = await saveSummaries(RESULTS, {
      database: app.isEmbedded ? 'embedded' : 'postgres',
      records: args.records ? Number(args.records) : records,
      body: {
        date: new Date().toISOString(),
        database: app.isEmbedded ? 'embedded' : 'postgres',
        databaseUrl: databaseUrl ? redact(databaseUrl) : null,
        records: args.records ? Number(args.records) : records,
        recordsCounted: records,
        secondsPerMeasurement: seconds,
        machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, postgres: version },
        ids,
        summaries,
        targets: summaryChecks,
      },
    });
    console.log(`SUMMARIES written to ${file}`);
  }
} finally {
  await peer?.close();
  await app.close();
  closeClient();
  // W1's records go, whether the run ended well or not.
  if (app.isEmbedded) database = await openDatabase(target);
  await database
    .query('DELETE FROM outcome_record WHERE source = $1', [BENCH_SOURCE])
    .catch((error) => log(`cleanup failed: ${error.message}`));
  // SHEETS' committed rows go too (on a server they went after each commit already).
  if (sheetFile) {
    await removeImportedRows(database).catch((error) => log(`cleanup of the imported rows failed: ${error.message}`));
    await sheetFile.dispose();
  }
  await database.close();
}

/** CONSOLE: the dashboard of the whole database, of the county and of the town with most records. */
function measureDashboard() {
  log('CONSOLE — the dashboard in Chromium');
  return measureConsole({
    app,
    rounds: Number(args['console-rounds']),
    log,
    views: [
      { name: 'whole database', query: '', filter: {} },
      { name: `county ${ids.names.county}`, query: `?divisionId=${ids.county}`, filter: { divisionId: ids.county } },
      { name: `town ${ids.names.hotTown}`, query: `?divisionId=${ids.hotTown}`, filter: { divisionId: ids.hotTown } },
    ],
  });
}

function measure(task, options) {
  freshConnections();
  return measureLoad(task, options);
}

/** One operation: statements, GraphQL c1/c16, floor c1/c16, peer c16 (the app's figures only on the embedded database). */
async function measureOperation(op, writes) {
  const request = (url) => async () => {
    const sent = op.request();
    return [sent, checked(op, await post(url, app.token, sent), sent)];
  };
  // Warm up (JIT, plans, caches), then one request alone: its statements, counted and captured.
  freshConnections();
  for (let i = 0; i < 2; i++) await request(app.url)();
  const before = app.statements();
  const {
    statements: captured,
    result: [sent, size],
  } = await app.capture(request(app.url));
  const statements = captured ? app.statements() - before : null;
  if (captured && captured.length !== statements) log(`  note: ${statements} statements counted, ${captured.length} captured`);

  const result = {
    name: op.name,
    description: op.description,
    resultSize: size,
    statements,
    sessionLookups: captured ? captured.filter(({ sql }) => isSession(sql)).length : null,
    captured: (captured ?? []).map(({ sql, params }) => ({ sql, params })),
    sent,
  };
  const appTask = request(app.url);
  // The time box: 16 clients of an operation that takes more than S/4 at one client would need
  // several S for a single round on two cores, three times over; such an operation is far from
  // its targets anyway, so its c16 measurements are skipped and say why.
  const timeBox = (c1) =>
    c1.p50 > seconds * 250 ? { skipped: `c1 p50 ${c1.p50.toFixed(0)} ms > ${seconds * 250} ms (--seconds / 4)` } : null;
  if (!captured) {
    const appC1 = await measure(appTask, { concurrency: 1, seconds });
    result.app = { c1: appC1, c16: timeBox(appC1) ?? (await measure(appTask, { concurrency: 16, seconds })) };
    log(`  p50 ${result.app.c1.p50.toFixed(1)} ms`);
    return result;
  }

  // A write's replay needs a fresh base and period each time, in place of the captured ones.
  const substitute =
    op.kind === 'write'
      ? freshValues({ baseId: sent.variables.input.baseId, period: sent.variables.input.period }, () => writes.next())
      : undefined;
  const floor = floorTask(pool, captured, substitute);

  // At one client the app and the floor take turns, so their ratio is not skewed by what else
  // the machine happens to be doing in either's window.
  freshConnections();
  const [appC1, floorC1] = await measureTakingTurns([appTask, floor], { seconds });
  const tooSlow = timeBox(appC1);
  const atSixteen = (task) => tooSlow ?? measure(task, { concurrency: 16, seconds });
  result.app = { c1: appC1, c16: await atSixteen(appTask) };
  result.floor = { c1: floorC1, c16: await atSixteen(floor) };
  result.latencyRatio = result.app.c1.p50 / (FLOOR_FACTOR * result.floor.c1.p50 + 3);

  if (op.kind !== 'write') {
    peerLog = [];
    freshConnections();
    await request(peer.url)();
    result.peerSentAppStatements = sharedStatements(captured, peerLog);
    peerLog = null;
    result.peer = { c16: await atSixteen(request(peer.url)) };
    result.throughputRatio = result.app.c16.rps / result.peer.c16.rps;
  }
  log(`  ${statements} statements; p50 ${result.app.c1.p50.toFixed(1)} ms, floor ${result.floor.c1.p50.toFixed(1)} ms`);
  return result;
}

/** W1's insert alone, through pg: the real table against scratch copies (see write-cost.mjs). */
async function measureWriteCost({ captured, sent }, writes) {
  const insert = captured.find(({ sql }) => /^\s*INSERT INTO "?outcome_record"?/i.test(sql));
  if (!insert) throw new Error('W1 sent no INSERT INTO outcome_record');
  const { baseId, period } = sent.variables.input;
  const swap = freshValues({ baseId, period }, () => writes.next())();
  return writeCost(pool, { sql: insert.sql, params: swap(insert.params) }, { seconds });
}

/** The response's data after the operation's check; any error stops the run. */
function checked(op, body, sent) {
  if (body.errors) throw new Error(`${op.name}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  const outcome = op.check(body.data, sent);
  if (typeof outcome === 'string') throw new Error(`${op.name}: unexpected response: ${outcome}`);
  return outcome;
}

/** How many of the app's statements (session lookup aside) the peer sent too: same text, same parameters. */
function sharedStatements(app, peer) {
  const key = ({ sql, params }) => JSON.stringify([sql, params]);
  const peerKeys = new Set(peer.filter(({ sql }) => !isSession(sql)).map(key));
  const appKeys = app.filter(({ sql }) => !isSession(sql)).map(key);
  return `${appKeys.filter((k) => peerKeys.has(k)).length} of ${appKeys.length} (peer sent ${peerKeys.size})`;
}

async function saveResults({ records, version, ids, results, write, sheets, console: consolePart, targets: checked }) {
  const database = app.isEmbedded ? 'embedded' : 'postgres';
  const date = new Date().toISOString().slice(0, 10);
  await mkdir(RESULTS, { recursive: true });
  // The issue's benchmark is at 1,000,000 records: <date>-<database>.json. Other sizes carry their
  // size in the name (…-100k.json), so a day's runs at several sizes do not overwrite each other.
  const label = args.records ? Number(args.records) : records;
  const size = label === 1_000_000 ? '' : `-${label % 1000 === 0 ? `${label / 1000}k` : label}`;
  // A run of one part alone (`--only SHEETS`, `--only CONSOLE`) keeps the day's full results beside it.
  const part = only?.size === 1 && (only.has('SHEETS') || only.has('CONSOLE')) ? `-${[...only][0].toLowerCase()}` : '';
  const file = new URL(`${date}-${database}${size}${part}.json`, RESULTS);
  const body = {
    date: new Date().toISOString(),
    database,
    databaseUrl: databaseUrl ? redact(databaseUrl) : null,
    records: args.records ? Number(args.records) : records,
    recordsCounted: records,
    secondsPerMeasurement: seconds,
    poolSize,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      postgres: version,
    },
    ids,
    operations: results.map(({ captured, sent: _sent, ...rest }) => ({
      ...rest,
      sql: captured.map(({ sql }) => sql.replace(/\s+/g, ' ').trim()),
    })),
    write,
    spreadsheets: sheets,
    console: consolePart,
    targets: checked,
  };
  // Times to 0.01 ms: finer digits are noise and would only make diffs of the file longer.
  const rounded = (_key, value) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value);
  await writeFile(file, `${JSON.stringify(body, rounded, 2)}\n`);
  return file.pathname;
}

function redact(url) {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
