import type { Writable } from 'node:stream';

import ExcelJS from 'exceljs';

import type { KindSpec } from '../columns/catalogue.js';
import { headerWithUnit } from '../columns/column.js';
import { numberFormatOf, widthOf } from '../templates/column-format.js';
import { HEADER_FONT } from '../templates/template-styles.js';
import type { ExportCell } from './kind-export.js';

/**
 * Streams the workbook to `out` with exceljs's `WorkbookWriter`: each row is committed and
 * written as it comes, so a long list never sits whole in memory. Columns as in the template:
 * its headers and widths, codes and periods in text cells (Excel keeps 2024-07 and 18-character
 * codes), the header row bold and frozen.
 */
export async function writeXlsx(out: Writable, spec: KindSpec, pages: AsyncIterable<ExportCell[][]>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = '乡村振兴成效记录系统';
  const sheet = workbook.addWorksheet(spec.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((column) => {
    const numFmt = numberFormatOf(column);
    return { header: headerWithUnit(column), key: column.key, width: widthOf(column), style: numFmt ? { numFmt } : {} };
  });
  const header = sheet.getRow(1);
  header.eachCell((cell) => {
    cell.font = HEADER_FONT;
    cell.numFmt = 'General';
  });
  header.commit();
  for await (const page of pages) for (const row of page) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}
