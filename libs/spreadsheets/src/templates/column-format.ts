import type ExcelJS from 'exceljs';

import { headerWithUnit, type ColumnSpec, type ReferenceTarget } from '../columns/column.js';
import { DATE_FORMAT, TEXT_FORMAT } from './template-styles.js';

/** The cell format of a column: text for codes, names and periods (so Excel converts nothing), a date format for dates. */
export function numberFormatOf(column: ColumnSpec): string | undefined {
  switch (column.value.type) {
    case 'decimal':
    case 'yes-no':
    case 'enum':
      return undefined;
    case 'date':
      return DATE_FORMAT;
    default:
      // Codes, names and periods: "2024-07" typed into a General cell becomes a date.
      return TEXT_FORMAT;
  }
}

// How each natural key is written: the importer looks rows up by these, never by database ids.
const REFERENCE_FORMS: Record<ReferenceTarget, string> = {
  county: '县名或 12 位区划代码',
  town: '乡镇名称或 12 位区划代码',
  village: '村名称或 12 位区划代码',
  division: '区划名称、带上级的路径（河池市/东兰县）或 12 位区划代码',
  enterprise: '统一社会信用代码或企业全称',
  member: '委员姓名，与系统中的完全一致',
  base: '基地名称，与系统中的完全一致',
  team: '服务团名称，与系统中的完全一致',
};

/** The example row's cell: figures as numbers and dates as dates, so the example looks as real data will. */
export function exampleValue(column: ColumnSpec): string | number | Date | null {
  if (column.example === '') return null;
  // The examples are small whole numbers or short decimals, which a double holds exactly.
  if (column.value.type === 'decimal') return Number(column.example);
  if (column.value.type === 'date') return new Date(`${column.example}T00:00:00Z`);
  return column.example;
}

/** The drop-down list a column offers, or none. */
export function validationOf(column: ColumnSpec): ExcelJS.DataValidation | undefined {
  const header = headerWithUnit(column);
  const list = (labels: string[]): ExcelJS.DataValidation => ({
    type: 'list',
    allowBlank: !column.required,
    formulae: [`"${labels.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: header,
    error: `请从下拉列表中选择：${labels.join('、')}`,
  });
  if (column.value.type === 'enum') return list(column.value.options.map((option) => option.label));
  if (column.value.type === 'yes-no') return list(['是', '否']);
  return undefined;
}

/** A width that fits the header (Chinese characters count double) and the example. */
export function widthOf(column: ColumnSpec): number {
  const visual = (text: string) => [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0xff ? 2 : 1), 0);
  return Math.min(40, Math.max(10, visual(headerWithUnit(column)) + 4, visual(column.example) + 2));
}

/** The accepted forms of a column's values, for the 填写说明 sheet. */
export function acceptedForms(column: ColumnSpec): string {
  const kind = column.value;
  switch (kind.type) {
    case 'text':
      return `文字，最多 ${kind.maxLength} 个字`;
    case 'code':
      return kind.code === 'credit-code' ? '18 位统一社会信用代码（文本格式）' : '12 位数字区划代码（文本格式）';
    case 'decimal':
      return kind.rule.scale === 0 ? '整数，可带千分位逗号' : `数字，最多 ${kind.rule.scale} 位小数，可带千分位逗号`;
    case 'date':
      return '日期：2024-03-15、2024/3/15、2024年3月15日 或 Excel 日期';
    case 'period':
      return '年 2024 或 2024年；季度 2024Q3 或 2024年第三季度；月 2024-07 或 2024年7月（或该月 1 日的 Excel 日期）';
    case 'enum':
      return `下拉选择：${kind.options.map((option) => option.label).join('、')}`;
    case 'yes-no':
      return '下拉选择：是、否';
    case 'reference':
      return `${REFERENCE_FORMS[kind.to]}${kind.many ? '，多个用顿号（、）分隔' : ''}`;
  }
}

/** The units a column's header may carry, for the 填写说明 sheet. */
export function unitsText(column: ColumnSpec): string {
  if (column.value.type !== 'decimal') return '';
  return column.value.units.map((unit) => unit.label).join(' 或 ');
}
