// The benchmark's outcome file: N rows of 成效记录 in the template's columns (docs/api.md,
// "Spreadsheets"), as a county clerk would fill it — each row a base of the database named by
// 县 / 乡镇 / 村 / 基地, a month and its figures. Written with exceljs's streaming WorkbookWriter,
// so the file of 100,000 rows never sits whole in memory here either.
import { stat } from 'node:fs/promises';

import ExcelJS from 'exceljs';

/** The template's headers, in its order (libs/spreadsheets/src/columns/outcomes.columns.ts). */
export const OUTCOME_HEADERS = [
  '期间',
  '县',
  '乡镇',
  '村',
  '基地',
  '对接企业',
  '服务团',
  '面积（亩）',
  '产值（元）',
  '务工（人次）',
  '农户租金（元）',
  '村集体增收（元）',
  '带动农户（户）',
  '是否下限',
  '来源',
];

/**
 * The months the file's rows are for: 2000–2009, which neither the synthetic data (2016 on) nor
 * W1 (1950–1999) use, so every (series + period) key of the file is new and the rows it leaves
 * behind are found again by their period alone.
 */
export const FILE_MONTHS = Array.from({ length: 120 }, (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
export const FILE_SOURCE = 'bench:spreadsheet-import';

/** Every base with the names that find it again: county, town, village, base. */
export async function basesByName(database) {
  return database.query(
    `SELECT b.id::text AS id, b.name AS base, v.name AS village, t.name AS town, c.name AS county
       FROM base b
       JOIN division v ON v.id = b.village_id
       JOIN division t ON t.id = v.parent_id AND t.level = 'TOWN'
       JOIN division c ON c.id = t.parent_id AND c.level = 'COUNTY'
      ORDER BY b.id`,
  );
}

/**
 * The i-th row: base i mod the bases' count, the (i div count)-th month of FILE_MONTHS; figures
 * that vary and stay within the columns' rules (two decimals, whole counts).
 */
export function fileRow(bases, i) {
  const base = bases[i % bases.length];
  const period = FILE_MONTHS[Math.floor(i / bases.length)];
  if (!period) throw new Error(`${bases.length} bases × ${FILE_MONTHS.length} months hold fewer than ${i + 1} rows`);
  return [
    period,
    base.county,
    base.town,
    base.village,
    base.base,
    null,
    null,
    50 + (i % 400) + 0.5,
    10_000 + ((i * 37) % 900_000) + 0.25,
    i % 300,
    2_000 + ((i * 13) % 50_000),
    1_000 + ((i * 7) % 20_000),
    1 + (i % 60),
    i % 10 === 0 ? '是' : '否',
    FILE_SOURCE,
  ];
}

/** Writes `rows` rows to `path`; returns the file's size in bytes. */
export async function writeOutcomeFile(path, bases, rows) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('成效记录');
  sheet.addRow(OUTCOME_HEADERS).commit();
  for (let i = 0; i < rows; i++) sheet.addRow(fileRow(bases, i)).commit();
  sheet.commit();
  await workbook.commit();
  return (await stat(path)).size;
}
