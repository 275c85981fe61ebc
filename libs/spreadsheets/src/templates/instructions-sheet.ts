import type ExcelJS from 'exceljs';

import type { KindSpec } from '../columns/catalogue.js';
import { headerWithUnit } from '../columns/column.js';
import { acceptedForms, unitsText } from './column-format.js';
import { HEADER_FONT } from './template-styles.js';

export const INSTRUCTIONS_SHEET = '填写说明';
export const INSTRUCTIONS_HEADERS = ['列名', '是否必填', '填写说明', '可填写的形式', '单位', '示例'];

/** The general rules every template states below its column list. */
export function generalRules(spec: KindSpec): string[] {
  return [
    `在“${spec.title}”工作表中逐行填写，每行一条；第 1 行为表头，请勿修改列名（带单位的列可按上表改写单位）。`,
    '第 2 行为示例（灰色斜体）：原样保留时导入会跳过此行，也可以直接覆盖为实际数据或删除。',
    '不详的数值留空，或填 —、-、/；不要填 0 来表示不详。',
    '行政区划、企业、基地、服务团按名称或代码查找，不使用系统内部编号；名称须与系统中的完全一致。',
    '导入时先检查全部内容并列出每个问题所在的行和列，全部无误后才一次性写入。',
  ];
}

/** The 填写说明 sheet: one row per column — header, required or not, what to write, accepted forms, units, example. */
export function addInstructionsSheet(workbook: ExcelJS.Workbook, spec: KindSpec): void {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [{ width: 18 }, { width: 10 }, { width: 60 }, { width: 48 }, { width: 12 }, { width: 28 }];
  const header = sheet.addRow(INSTRUCTIONS_HEADERS);
  header.font = HEADER_FONT;
  for (const column of spec.columns) {
    sheet.addRow([
      headerWithUnit(column),
      column.required ? '必填' : '选填',
      column.note,
      acceptedForms(column),
      unitsText(column),
      column.example,
    ]);
  }
  sheet.addRow([]);
  for (const rule of generalRules(spec)) sheet.addRow([rule]);
  sheet.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
}
