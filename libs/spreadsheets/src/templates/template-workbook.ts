import ExcelJS from 'exceljs';

import type { KindSpec } from '../columns/catalogue.js';
import { headerWithUnit } from '../columns/column.js';
import { exampleValue, numberFormatOf, validationOf, widthOf } from './column-format.js';
import { addInstructionsSheet } from './instructions-sheet.js';
import { EXAMPLE_FONT, EXAMPLE_NOTE, EXAMPLE_ROW, FORMATTED_ROWS, HEADER_FONT, OPTIONAL_FILL, REQUIRED_FILL } from './template-styles.js';

/**
 * The template of one kind: a data sheet (headers with units, frozen header row, an example row in
 * grey italics, drop-down lists, text-formatted code columns) and a 填写说明 sheet.
 */
export function templateWorkbook(spec: KindSpec): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '乡村振兴成效记录系统';
  const sheet = workbook.addWorksheet(spec.title, { views: [{ state: 'frozen', ySplit: 1 }] });

  spec.columns.forEach((column, index) => {
    const position = index + 1;
    const format = numberFormatOf(column);
    const sheetColumn = sheet.getColumn(position);
    sheetColumn.width = widthOf(column);
    // The column's own style covers cells below the formatted rows too, for clerks pasting far down.
    if (format) sheetColumn.numFmt = format;

    const header = sheet.getCell(1, position);
    header.value = headerWithUnit(column);
    header.font = HEADER_FONT;
    header.fill = column.required ? REQUIRED_FILL : OPTIONAL_FILL;
    header.note = `${column.required ? '必填' : '选填'}：${column.note}`;

    const example = sheet.getCell(EXAMPLE_ROW, position);
    example.value = exampleValue(column);
    example.font = EXAMPLE_FONT;

    const validation = validationOf(column);
    for (let row = EXAMPLE_ROW; row <= FORMATTED_ROWS; row += 1) {
      const cell = sheet.getCell(row, position);
      if (format) cell.numFmt = format;
      if (validation) cell.dataValidation = validation;
    }
  });
  sheet.getCell(EXAMPLE_ROW, 1).note = EXAMPLE_NOTE;

  addInstructionsSheet(workbook, spec);
  return workbook;
}
