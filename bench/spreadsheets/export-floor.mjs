// The export's floor: the rows GET /exports/outcomes.xlsx sends (every record an administrator
// reads, latest period first), queried with one SQL statement that names each record's places,
// base, enterprise and team, and written with exceljs's streaming WorkbookWriter in the template's
// columns (headers, widths, text cells for names and periods) to a stream that discards the bytes
// and counts them — as the app writes to its socket. Timed from the query to the workbook's end.
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';

import ExcelJS from 'exceljs';

import { OUTCOME_HEADERS } from './outcome-file.mjs';

const TEXT_COLUMNS = new Set(['期间', '县', '乡镇', '村', '基地', '对接企业', '服务团', '来源']);

export const EXPORT_FLOOR_SQL = `
  SELECT r.period, c.name AS county, t.name AS town, v.name AS village, b.name AS base,
         COALESCE(e.credit_code, e.name) AS enterprise, st.name AS team,
         r.area_mu, r.output_value_yuan, r.jobs_person_times, r.household_rent_yuan,
         r.collective_income_yuan, r.households_benefited, r.at_least, r.source
    FROM outcome_record r
    JOIN division p ON p.id = r.place_id
    LEFT JOIN division t ON t.id = r.town_id
    -- the county: the place itself, or its town's parent (the synthetic and real trees alike)
    LEFT JOIN division c ON c.id = CASE WHEN p.level = 'COUNTY' THEN p.id ELSE t.parent_id END
    LEFT JOIN division v ON v.id = r.village_id
    LEFT JOIN base b ON b.id = r.base_id
    LEFT JOIN enterprise e ON e.id = r.enterprise_id
    LEFT JOIN service_team st ON st.id = r.team_id
   ORDER BY r.period_start DESC, r.id`;

/** One export by hand; returns { ms, rows, bytes }. */
export async function exportFloor(pool) {
  const begin = performance.now();
  const { rows } = await pool.query({ text: EXPORT_FLOOR_SQL, rowMode: 'array' });
  let bytes = 0;
  const sink = new Writable({
    write(chunk, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('成效记录', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = OUTCOME_HEADERS.map((header) => ({
    header,
    key: header,
    width: 14,
    style: TEXT_COLUMNS.has(header) ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const figure = (value) => (value === null ? null : Number(value));
  for (const row of rows) {
    sheet
      .addRow([
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        row[5],
        row[6],
        figure(row[7]),
        figure(row[8]),
        figure(row[9]),
        figure(row[10]),
        figure(row[11]),
        figure(row[12]),
        row[13] ? '是' : '否',
        row[14],
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  await new Promise((done) => (sink.writableFinished ? done() : sink.once('finish', done)));
  return { ms: performance.now() - begin, rows: rows.length, bytes };
}
