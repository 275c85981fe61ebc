import ExcelJS from 'exceljs';

import type { TestApp } from '../support/test-app.js';

/** A sheet as a clerk fills it: rows of cells from column A (title rows, header, data). */
export type SheetCells = unknown[][];

/** An .xlsx with one sheet holding `rows` (and a 填写说明 sheet before it when `withInstructions`). */
export async function xlsxFile(
  rows: SheetCells,
  options: { sheet?: string; merge?: string; withInstructions?: boolean } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (options.withInstructions) workbook.addWorksheet('填写说明').addRow(['说明：请勿在本表填写数据']);
  const sheet = workbook.addWorksheet(options.sheet ?? 'Sheet1');
  rows.forEach((cells, index) => {
    const row = sheet.getRow(index + 1);
    cells.forEach((value, column) => {
      if (value !== null && value !== undefined) row.getCell(column + 1).value = value as ExcelJS.CellValue;
    });
  });
  if (options.merge) sheet.mergeCells(options.merge);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The report `POST /imports/{kind}` answers. */
export interface ImportReportBody {
  id: string;
  kind: string;
  dryRun: boolean;
  status: string;
  fileName: string | null;
  sha256: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: { sheet: string | null; row: number | null; column: string | null; code: string; message: string }[];
}

/** Sends a file to `POST /imports/{kind}` and answers the status and JSON body. */
export async function postImport(
  t: TestApp,
  token: string,
  kind: string,
  body: Buffer | string,
  query: Record<string, string> = {},
): Promise<{ status: number; body: ImportReportBody & { code?: string; message?: string } }> {
  const params = new URLSearchParams(query).toString();
  const response = await fetch(`${t.url}/imports/${kind}${params ? `?${params}` : ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
  });
  return { status: response.status, body: (await response.json()) as ImportReportBody & { code?: string; message?: string } };
}
