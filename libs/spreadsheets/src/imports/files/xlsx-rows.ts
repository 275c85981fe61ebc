import type { Readable } from 'node:stream';

import ExcelJS from 'exceljs';

import { INSTRUCTIONS_SHEET } from '../../templates/instructions-sheet.js';
import { FileRefusedError } from './file-errors.js';
import type { SheetRow } from './sheet-row.js';
// Patch exceljs's streaming reader to read whole UTF-8 characters, and every zip entry (see the modules).
import './whole-characters.js';
import './every-entry.js';

/**
 * The rows of an .xlsx file's data sheet, streamed: the workbook is never held in memory whole
 * (a 100,000-row ledger is read row by row). The data sheet is the first visible sheet other than
 * 填写说明; the others are skipped. Styles are read so that date-formatted cells come as dates.
 */
export async function* xlsxRows(input: Readable): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let found = false;
  try {
    for await (const worksheet of reader) {
      const sheet = worksheet as unknown as WorksheetReader;
      if (found || sheet.name === INSTRUCTIONS_SHEET || (sheet.state && sheet.state !== 'visible')) {
        // Each worksheet must be read to its end for the reader to move on to the next one.
        for await (const _row of sheet) void _row;
        continue;
      }
      found = true;
      for await (const row of sheet) {
        // row.values is 1-based (index 0 unused) and sparse; positions stay Excel's columns.
        const values = (row.values as unknown[]).slice(1);
        yield { sheet: sheet.name, row: row.number, cells: Array.from(values, (value) => value ?? null) };
      }
    }
  } catch (error) {
    if (error instanceof FileRefusedError) throw error;
    // A zip that is not a workbook, or a damaged one: the library's words mean nothing to a clerk.
    throw new FileRefusedError('无法读取该 .xlsx 文件：文件可能已损坏，或不是 Excel 工作簿；请在 Excel 或 WPS 中打开并重新保存后再导入');
  }
  if (!found) throw new FileRefusedError('文件中没有可导入的工作表：请使用下载的模板填写');
}

/** What exceljs's streaming reader gives for a worksheet (its typings omit these). */
interface WorksheetReader extends AsyncIterable<ExcelJS.Row> {
  name: string;
  state?: string;
}
