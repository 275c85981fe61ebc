// The import's floor: what an import of the file cannot avoid, done by hand with the same parser
// and PostgreSQL's fastest way in. The file is read with exceljs's streaming WorkbookReader (the
// library the app uses), each row's base found by 县 / 乡镇 / 村 / 基地 in a map loaded with one
// query, and the rows `COPY`-ed into outcome_record itself — its triggers (period bounds, place,
// audit), checks, foreign keys and indexes all on — in one transaction that is rolled back, so the
// database is unchanged. Timed from opening the file to the end of the COPY (BEGIN included,
// ROLLBACK not).
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import ExcelJS from 'exceljs';
import { from as copyFrom } from 'pg-copy-streams';

import './exceljs-utf8.mjs';

import { basesByName, OUTCOME_HEADERS } from './outcome-file.mjs';

const COPY_COLUMNS = [
  'period',
  'base_id',
  'area_mu',
  'output_value_yuan',
  'jobs_person_times',
  'household_rent_yuan',
  'collective_income_yuan',
  'households_benefited',
  'at_least',
  'source',
  'recorded_by',
  'changed_by',
];
// The file's figure columns, in COPY_COLUMNS' order after base_id.
const FIGURES = ['面积（亩）', '产值（元）', '务工（人次）', '农户租金（元）', '村集体增收（元）', '带动农户（户）'];

/** One import of `path` by hand; returns { ms, rows }. Throws if a row names an unknown base. */
export async function importFloor(pool, path, { actor = 'admin' } = {}) {
  const client = await pool.connect();
  try {
    const begin = performance.now();
    await client.query('BEGIN');
    // Who writes, as the app tells the audit trigger.
    await client.query(`SELECT set_config('rural.actor_kind', 'USER', true), set_config('rural.actor_name', $1, true)`, [actor]);
    const bases = new Map((await basesByName({ query: async (sql) => (await client.query(sql)).rows })).map(keyed));
    let rows = 0;
    const lines = async function* () {
      let batch = '';
      for await (const cells of dataRows(path)) {
        const base = bases.get(placeKey(cells['县'], cells['乡镇'], cells['村'], cells['基地']));
        if (!base) throw new Error(`row ${rows + 2}: no such base ${cells['基地']}`);
        const values = [
          cells['期间'],
          base,
          ...FIGURES.map((header) => cells[header]),
          cells['是否下限'] === '是',
          cells['来源'],
          actor,
          actor,
        ];
        batch += `${values.map(copyText).join('\t')}\n`;
        rows += 1;
        if (batch.length > 65_536) {
          yield batch;
          batch = '';
        }
      }
      if (batch) yield batch;
    };
    await pipeline(Readable.from(lines()), client.query(copyFrom(`COPY outcome_record (${COPY_COLUMNS.join(', ')}) FROM STDIN`)));
    const ms = performance.now() - begin;
    return { ms, rows };
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
}

/** The data rows of the file's first sheet as { header: value }, read as a stream. */
export async function* dataRows(path) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  for await (const sheet of reader) {
    let headers = null;
    for await (const row of sheet) {
      const values = row.values;
      if (!headers) {
        headers = values;
        const missing = OUTCOME_HEADERS.filter((header) => !headers.includes(header));
        if (missing.length > 0) throw new Error(`the file lacks ${missing.join(', ')}`);
        continue;
      }
      const cells = {};
      for (let column = 1; column < headers.length; column++) cells[headers[column]] = values[column] ?? null;
      yield cells;
    }
    return; // the first sheet only
  }
}

const keyed = (base) => [placeKey(base.county, base.town, base.village, base.base), base.id];
const placeKey = (...names) => names.join('\u0000');

/** A value in COPY's text format: \N for null, backslash and control characters escaped. */
function copyText(value) {
  if (value === null || value === undefined) return '\\N';
  return String(value).replace(/[\\\t\n\r]/g, (char) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[char]);
}
