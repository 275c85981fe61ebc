// SHEETS, the spreadsheet part of `npm run bench` (issue 9): a 100,000-row outcome file imported
// (dry run, then commit) and the outcome list exported, each against a floor measured in the same
// run, with the app's peak memory. See bench/README.md ("Spreadsheets").
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { exportFloor } from './export-floor.mjs';
import { downloadFile, uploadFile } from './http-files.mjs';
import { importFloor } from './import-floor.mjs';
import { memoryOf, resetPeak } from './memory.mjs';
import { basesByName, FILE_SOURCE, writeOutcomeFile } from './outcome-file.mjs';

export const NOT_AVAILABLE = 'not available in this build';

/** Before the app starts (the embedded database is open only then): the file, from the database's bases. */
export async function prepareSheets(database, { rows, log }) {
  await removeImportedRows(database);
  const bases = await basesByName(database);
  if (bases.length === 0) throw new Error('SHEETS: the database has no bases to name in the file');
  const dir = await mkdtemp(join(tmpdir(), 'bench-sheets-'));
  const path = join(dir, 'outcomes-import.xlsx');
  const bytes = await writeOutcomeFile(path, bases, rows);
  log(`SHEETS — a ${rows}-row outcome file (${(bytes / 2 ** 20).toFixed(1)} MB) of ${bases.length} bases' months`);
  return { path, rows, bytes, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The measurements, `rounds` of each, app and floor taking turns. `pool`: the floor's connections
 * (a PostgreSQL server only: the embedded database is inside the app's process). Each commit's rows
 * are removed before the next round (on the embedded database they can only be removed after the
 * app has stopped, so there the commit is measured once).
 */
export async function measureSheets({ app, pool, database, file, rounds, log }) {
  const base = app.url.replace(/\/graphql$/, '');
  const result = { file: { rows: file.rows, bytes: file.bytes }, rounds, import: {}, export: {} };
  const floorRuns = [];
  const runs = { dryRun: [], commit: [] };
  let available = true;
  for (let round = 0; round < rounds; round++) {
    // Without the app's import to compare with, one floor is figure enough (each is minutes long).
    if (!available) break;
    if (pool) floorRuns.push(await importFloor(pool, file.path));
    for (const mode of available ? ['dryRun', 'commit'] : []) {
      if (mode === 'commit' && !pool && round > 0) continue;
      const run = await appImport(app, `${base}/imports/outcomes?dryRun=${mode === 'dryRun'}&fileName=outcomes-import.xlsx`, file);
      if (run === null) {
        available = false;
        log(`import: ${NOT_AVAILABLE}`);
        break;
      }
      runs[mode].push(run);
      log(
        `  import ${mode === 'dryRun' ? 'dry run' : 'commit'}: ${run.ms.toFixed(0)} ms, status ${run.report.status}, RSS ${mb(run.rssBeforeMb)} → peak ${mb(run.peakMb)}`,
      );
      if (mode === 'commit' && pool) await removeImportedRows(database);
    }
    if (floorRuns.length > 0) log(`  import floor: ${floorRuns.at(-1).ms.toFixed(0)} ms (${floorRuns.at(-1).rows} rows)`);
  }
  result.import.floor = pool ? median(floorRuns) : null;
  result.import.available = available;
  for (const mode of ['dryRun', 'commit']) {
    const app = available ? median(runs[mode]) : null;
    result.import[mode] = app && { ...app, ratio: result.import.floor ? app.ms / result.import.floor.ms : null };
  }

  const exportRuns = [];
  const exportFloors = [];
  for (let round = 0; round < rounds; round++) {
    if (pool) exportFloors.push(await exportFloor(pool));
    exportRuns.push(await appExport(app, `${base}/exports/outcomes.xlsx`));
    log(
      `  export: ${exportRuns.at(-1).ms.toFixed(0)} ms (${(exportRuns.at(-1).bytes / 2 ** 20).toFixed(1)} MB, RSS ${mb(exportRuns.at(-1).rssBeforeMb)} → peak ${mb(exportRuns.at(-1).peakMb)})` +
        (pool ? `, floor ${exportFloors.at(-1).ms.toFixed(0)} ms (${exportFloors.at(-1).rows} rows)` : ''),
    );
  }
  result.export.floor = pool ? median(exportFloors) : null;
  result.export.app = median(exportRuns);
  result.export.ratio = result.export.floor ? result.export.app.ms / result.export.floor.ms : null;
  return result;
}

/** One import over HTTP with the app's peak memory; null when the build has no such endpoint. */
async function appImport(app, url, file) {
  const before = await memoryOf(app.pid);
  const reset = await resetPeak(app.pid);
  const answer = await uploadFile(url, app.token, file.path);
  const memory = await memoryOf(app.pid);
  if (answer.status === 404) return null;
  if (answer.status !== 200 || typeof answer.body !== 'object') {
    throw new Error(`import: HTTP ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
  }
  const { id, status, rows, created, updated, unchanged, errors } = answer.body;
  if (!['VALID', 'COMMITTED'].includes(status) || rows !== file.rows) {
    throw new Error(`import: ${status}, ${rows} rows of ${file.rows}; first errors: ${JSON.stringify(errors?.slice(0, 3))}`);
  }
  return {
    ms: answer.ms,
    peakMb: memory?.peakMb ?? null,
    rssBeforeMb: before?.rssMb ?? null,
    peakSinceStart: !reset,
    report: { id, status, rows, created, updated, unchanged, errors: errors?.length ?? 0 },
  };
}

async function appExport(app, url) {
  const before = await memoryOf(app.pid);
  const reset = await resetPeak(app.pid);
  const answer = await downloadFile(url, app.token);
  const memory = await memoryOf(app.pid);
  if (answer.status !== 200) throw new Error(`export: HTTP ${answer.status}: ${answer.text.slice(0, 300)}`);
  return { ms: answer.ms, bytes: answer.bytes, peakMb: memory?.peakMb ?? null, rssBeforeMb: before?.rssMb ?? null, peakSinceStart: !reset };
}

/**
 * Leaves the database as before a commit: the file's records (its months of 2000–2009 and its
 * source) and the audit entries their import wrote. The delete itself runs with triggers off
 * (session_replication_role = replica), so it writes no audit entries of its own; nothing refers
 * to a record. The import history row (once the app keeps one) stays: it is the log of what ran.
 */
export async function removeImportedRows(database) {
  const fileRecords = `source = '${FILE_SOURCE}' AND period_start >= DATE '2000-01-01' AND period_end < DATE '2010-01-01'`;
  if (database.pool) {
    const client = await database.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL session_replication_role = replica');
      await client.query(`DELETE FROM outcome_record WHERE ${fileRecords}`);
      await client.query(
        `DELETE FROM audit_entry WHERE entity_type = 'outcome_record' AND after ->> 'source' = '${FILE_SOURCE}' AND before IS NULL`,
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
    return;
  }
  // The embedded database (one connection, opened with PGlite while the app is stopped).
  await database.query('BEGIN');
  await database.query('SET LOCAL session_replication_role = replica');
  await database.query(`DELETE FROM outcome_record WHERE ${fileRecords}`);
  await database.query(
    `DELETE FROM audit_entry WHERE entity_type = 'outcome_record' AND after ->> 'source' = '${FILE_SOURCE}' AND before IS NULL`,
  );
  await database.query('COMMIT');
}

/** The printed lines and the targets of issue 9's benchmark. */
export function printSheets(result) {
  const lines = [['part', 'floor', 'app', 'app/floor', 'app peak RSS']];
  const { import: imp, export: exp } = result;
  for (const [mode, label] of [
    ['dryRun', 'import, dry run'],
    ['commit', 'import, commit'],
  ]) {
    const run = imp[mode];
    lines.push([label, seconds(imp.floor?.ms), run ? seconds(run.ms) : NOT_AVAILABLE, ratio(run?.ratio), run ? mb(run.peakMb) : '—']);
  }
  lines.push(['export', seconds(exp.floor?.ms), seconds(exp.app.ms), ratio(exp.ratio), mb(exp.app.peakMb)]);
  const widths = lines[0].map((_, i) => Math.max(...lines.map((line) => line[i].length)));
  console.log(`\nSpreadsheets: ${result.file.rows} rows (${(result.file.bytes / 2 ** 20).toFixed(1)} MB), median of ${result.rounds}`);
  const print = (line) =>
    console.log(`| ${line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`);
  print(lines[0]);
  console.log(`|${widths.map((width, i) => (i === 0 ? ':' : '') + '-'.repeat(width + 1) + (i === 0 ? '' : ':')).join('|')}|`);
  lines.slice(1).forEach(print);
}

export function sheetTargets(result) {
  const list = [];
  const add = (target, measured, met) => list.push({ target, measured, met });
  const { import: imp, export: exp } = result;
  for (const [mode, label] of [
    ['dryRun', 'dry run'],
    ['commit', 'commit'],
  ]) {
    const run = imp[mode];
    if (!run) add(`SHEETS import ${label} ≤ 3 × floor`, NOT_AVAILABLE, null);
    else if (run.ratio !== null) add(`SHEETS import ${label} ≤ 3 × floor`, `×${run.ratio.toFixed(2)}`, run.ratio <= 3);
  }
  const peaks = ['dryRun', 'commit'].map((mode) => imp[mode]?.peakMb).filter((value) => value != null);
  if (peaks.length > 0) add('SHEETS server peak RSS during the import < 400 MB', mb(Math.max(...peaks)), Math.max(...peaks) < 400);
  else add('SHEETS server peak RSS during the import < 400 MB', NOT_AVAILABLE, null);
  if (exp.ratio !== null) add('SHEETS export ≤ 2 × floor', `×${exp.ratio.toFixed(2)}`, exp.ratio <= 2);
  return list;
}

function median(runs) {
  if (runs.length === 0) return null;
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor((runs.length - 1) / 2)];
}

const seconds = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '—');
const ratio = (value) => (Number.isFinite(value) ? `×${value.toFixed(2)}` : '—');
const mb = (value) => (Number.isFinite(value) ? `${value.toFixed(0)} MB` : '—');
