import type ExcelJS from 'exceljs';

/**
 * A worksheet's first rows as plain arrays (index 0 = Excel row 1, column A = 0), empty rows
 * included so positions stay Excel's: what the header matcher and the row parser read. A merged
 * title carries its text in its first cell only.
 */
export function sheetRows(sheet: ExcelJS.Worksheet, limit = sheet.rowCount): unknown[][] {
  const rows: unknown[][] = [];
  for (let number = 1; number <= Math.min(limit, sheet.rowCount); number += 1) {
    const row = sheet.getRow(number);
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // Cells merged into another repeat its value in exceljs; only the master keeps it here.
      cells[column - 1] = cell.isMerged && cell.master !== cell ? null : cell.value;
    });
    const values = Array.from(cells, (value) => value ?? null);
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    rows.push(values);
  }
  return rows;
}
