import type ExcelJS from 'exceljs';

import { DUTY_GRADE_NAMES } from '@rural/duty';

import { CATALOGUE } from '../columns/catalogue.js';
import { dateCell } from '../exports/kind-export.js';
import { wallTimeInWords } from '../impact-report/filter-words.js';
import { FIGURE_COLUMNS, figureFormat, figureValue } from '../impact-report/report-formats.js';
import { DATE_FORMAT } from '../templates/template-styles.js';
import type { MemberFileContent } from './committee-report-contents.js';
import { EVIDENCE_NAMES, FACT_NAMES } from './committee-words.js';
import { gridRow, headerRow, reportSheet, reportWorkbook, textLine } from './report-sheet.js';

export const FILE_SHEET = '一人一档';
export const POINTS_HEADING = '积分明细';

// Eight columns wide: the points table is the widest part, the others fit inside it.
const WIDTHS = [12, 22, 14, 30, 8, 8, 8, 14];
// The match figures a file shows, in the impact report's units (万元 with two decimals, 余 on lower bounds).
const MATCH_FIGURES = FIGURE_COLUMNS.filter((column) =>
  ['householdRentYuan', 'collectiveIncomeYuan', 'outputValueYuan', 'jobsPersonTimes', 'householdsBenefited'].includes(column.field),
);
const STATUS_NAMES = new Map(
  (
    CATALOGUE.matches.columns.find((column) => column.key === 'status')?.value as { options: { label: string; value: string }[] }
  ).options.map((option) => [option.value, option.label]),
);

/** "梁贤勇2024年度履职档案". */
export function memberFileTitle(content: MemberFileContent): string {
  return `${content.file.member.name}${content.file.year}年度履职档案`;
}

/**
 * 一人一档 on one printable sheet (A4 portrait, fitted to the page's width): the member and the
 * year's result, each category (原始分, 上限, 计入分), every point with the record it comes from, and
 * the figures of the matches the member brokered — what the office hands the member to check.
 */
export function buildMemberFileWorkbook(content: MemberFileContent): ExcelJS.Workbook {
  const { file } = content;
  const title = memberFileTitle(content);
  const workbook = reportWorkbook(title, content.asOf);
  const sheet = reportSheet(workbook, FILE_SHEET, { landscape: false, widths: WIDTHS });
  textLine(sheet, title, 'title');
  textLine(sheet, `数据截至：${wallTimeInWords(content.asOf)}；积分规则：${file.year}年度`);
  sheet.addRow([]);

  const facts: [string, ExcelJS.CellValue, string, ExcelJS.CellValue][] = [
    ['姓名', file.member.name, '界别', file.member.sector ?? ''],
    ['职务', file.member.title ?? '', '所属政协', content.committee?.replaceAll('/', '') ?? ''],
    ['年度', file.year, '基础分', file.basePoints],
    ['总分', file.total, '等级', DUTY_GRADE_NAMES[file.grade]],
  ];
  for (const [label, value, otherLabel, otherValue] of facts) {
    const row = sheet.addRow([label, value, null, null, otherLabel, otherValue]);
    sheet.mergeCells(row.number, 2, row.number, 4);
    sheet.mergeCells(row.number, 6, row.number, 8);
    for (const index of [1, 5]) row.getCell(index).font = { bold: true };
    for (const index of [2, 6]) row.getCell(index).alignment = { horizontal: 'left' };
  }

  sheet.addRow([]);
  textLine(sheet, '类别得分', 'section');
  headerRow(sheet, ['类别', '原始分', '上限', '保底', '计入分'], false);
  for (const category of file.categories) gridRow(sheet, [category.name, category.raw, category.cap, category.floor, category.counted]);

  sheet.addRow([]);
  textLine(sheet, `${POINTS_HEADING}（共 ${file.points.length} 项）`, 'section');
  headerRow(sheet, ['日期', '事项', '类别', '依据', '次数', '分值', '小计', '依据类型'], false);
  const categoryNames = new Map(file.ruleSet.categories.map((category) => [category.code, category.name]));
  for (const point of file.points) {
    gridRow(
      sheet,
      [
        dateCell(point.on),
        FACT_NAMES[point.fact],
        point.category ? (categoryNames.get(point.category) ?? point.category) : '不计分',
        point.title,
        point.quantity,
        point.pointsEach,
        point.points,
        EVIDENCE_NAMES[point.sourceKind],
      ],
      { 0: DATE_FORMAT },
    );
  }
  if (file.points.length === 0) gridRow(sheet, ['', '本年度暂无积分记录', '', '', '', '', '', '']);

  sheet.addRow([]);
  textLine(sheet, `牵线对接成效（${file.year}年度，已审核数字）`, 'section');
  headerRow(sheet, ['对接', '状态', '签约日期', ...MATCH_FIGURES.map((column) => `${column.title}（${column.unit}）`)], false);
  for (const match of file.brokeredMatches) {
    const values = MATCH_FIGURES.map((column) => figureValue(column, match.figures));
    const formats = Object.fromEntries(
      MATCH_FIGURES.map((column, index) => [index + 3, figureFormat(column, values[index], match.figures.atLeast)]),
    );
    gridRow(sheet, [match.title, STATUS_NAMES.get(match.status) ?? match.status, dateCell(match.signedOn), ...values], {
      2: DATE_FORMAT,
      ...formats,
    });
  }
  if (file.brokeredMatches.length === 0) gridRow(sheet, ['无牵线对接', '', '', ...MATCH_FIGURES.map(() => '')]);
  return workbook;
}
