import ExcelJS from 'exceljs';

import { HEADER_FONT } from '../templates/template-styles.js';

/**
 * The look every committee report shares, so a clerk prints any of them the same way: A4, the
 * title and the filter in words above the table, the header row frozen and repeated on every
 * printed page, thin grid lines, widths fixed per column.
 */

const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 16 };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
export const GRID: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };
export const SECTION_FONT: Partial<ExcelJS.Font> = { bold: true, size: 12 };

/** A4 (paperSize 9), one page wide, as many pages long as it takes. */
export function reportSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  options: { landscape: boolean; widths: number[] },
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: options.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  sheet.columns = options.widths.map((width) => ({ width }));
  return sheet;
}

/** A line of text across the table's width: the title (large, centred) or one line of the filter in words. */
export function textLine(sheet: ExcelJS.Worksheet, text: string, kind: 'title' | 'line' | 'section' = 'line'): ExcelJS.Row {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, sheet.columns.length);
  const cell = row.getCell(1);
  cell.alignment = { vertical: 'middle', wrapText: true, horizontal: kind === 'title' ? 'center' : 'left' };
  if (kind === 'title') {
    cell.font = TITLE_FONT;
    row.height = 28;
  }
  if (kind === 'section') cell.font = SECTION_FONT;
  return row;
}

/**
 * The table's header: bold on blue, wrapped. `freeze` keeps it (and what is above) in view while
 * scrolling and prints it atop every page — for the sheet's one main table.
 */
export function headerRow(sheet: ExcelJS.Worksheet, headings: string[], freeze = true): ExcelJS.Row {
  const row = sheet.addRow(headings);
  row.eachCell((cell) => {
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = GRID;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  row.height = 30;
  if (freeze) {
    sheet.views = [{ state: 'frozen', ySplit: row.number, xSplit: 0 }];
    sheet.pageSetup.printTitlesRow = `${row.number}:${row.number}`;
  }
  return row;
}

/** A data row with grid lines; `formats` gives a column's number format by its index (0-based). */
export function gridRow(sheet: ExcelJS.Worksheet, values: ExcelJS.CellValue[], formats: Record<number, string> = {}): ExcelJS.Row {
  const row = sheet.addRow(values);
  for (let index = 1; index <= values.length; index += 1) {
    const cell = row.getCell(index);
    cell.border = GRID;
    cell.alignment = { vertical: 'top', wrapText: true };
    if (formats[index - 1]) cell.numFmt = formats[index - 1];
  }
  return row;
}

/** A new workbook with the product's name as its author. */
export function reportWorkbook(title: string, asOf: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '乡村振兴成效记录系统';
  workbook.created = asOf;
  workbook.title = title;
  return workbook;
}
