import type ExcelJS from 'exceljs';

import { dateCell } from '../exports/kind-export.js';
import { wallTimeInWords } from '../impact-report/filter-words.js';
import { DATE_FORMAT } from '../templates/template-styles.js';
import type { SuggestionBoardContent } from './committee-report-contents.js';
import { LIGHT_COLOURS, LIGHT_NAMES } from './committee-words.js';
import { gridRow, headerRow, reportSheet, reportWorkbook, textLine } from './report-sheet.js';

export const BOARD_SHEET = '督办事项';
export const UNITS_SHEET = '单位办理情况';
export const FIGURES_SHEET = '建言数字';

const RATE_FORMAT = '0.0%';

/** "东兰县建言督办看板". */
export function boardTitle(content: SuggestionBoardContent): string {
  return `${content.place.replaceAll('/', '')}建言督办看板`;
}

/**
 * The supervision board as three sheets: the open items in the board's order (超期 first, most
 * overdue first; then 临近; then 正常) with their lead unit, deadline and days; each unit's rates
 * for the year; and the year's figures with the sentence a report quotes.
 */
export function buildSuggestionBoardWorkbook(content: SuggestionBoardContent): ExcelJS.Workbook {
  const title = boardTitle(content);
  const workbook = reportWorkbook(title, content.asOf);
  addItemsSheet(workbook, content, title);
  addUnitsSheet(workbook, content, title);
  addFiguresSheet(workbook, content, title);
  return workbook;
}

function filterLine(content: SuggestionBoardContent): string {
  return `区划：${content.place.replaceAll('/', '')}；督办灯按 ${content.board.today} 判定（临近：${content.board.yellowDays} 天内到期）；数据截至：${wallTimeInWords(content.asOf)}`;
}

function addItemsSheet(workbook: ExcelJS.Workbook, content: SuggestionBoardContent, title: string): void {
  const sheet = reportSheet(workbook, BOARD_SHEET, { landscape: true, widths: [6, 8, 40, 22, 12, 10, 10] });
  textLine(sheet, title, 'title');
  textLine(sheet, filterLine(content));
  textLine(sheet, `在办事项 ${content.board.items.length} 件：已交办、尚未答复的建言；剩余天数为负即已超期的天数`);
  headerRow(sheet, ['序号', '督办灯', '建言', '主办单位', '办理期限', '剩余天数', '重点督办']);
  content.board.items.forEach((item, index) => {
    const row = gridRow(
      sheet,
      [
        index + 1,
        LIGHT_NAMES[item.light],
        item.suggestion.title,
        item.suggestion.leadUnitId ? (content.unitNames.get(item.suggestion.leadUnitId) ?? '') : '',
        dateCell(item.suggestion.deadline),
        item.daysLeft,
        item.keySupervision ? '是' : '否',
      ],
      { 4: DATE_FORMAT },
    );
    row.getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LIGHT_COLOURS[item.light] } };
  });
  if (content.board.items.length === 0) gridRow(sheet, ['', '', '暂无在办事项', '', '', '', '']);
}

function addUnitsSheet(workbook: ExcelJS.Workbook, content: SuggestionBoardContent, title: string): void {
  const sheet = reportSheet(workbook, UNITS_SHEET, { landscape: true, widths: [24, 8, 8, 8, 10, 10, 12, 10, 8, 10] });
  textLine(sheet, `${title}：${content.board.year}年度单位办理情况`, 'title');
  textLine(sheet, `${filterLine(content)}；按期答复率 = 按期答复 ÷ 已答复，满意率 =（满意 + 基本满意）÷ 已评价`);
  headerRow(sheet, ['承办单位', '在办', '红灯', '黄灯', '已答复', '按期答复', '按期答复率', '已评价', '满意', '满意率']);
  for (const unit of content.board.units) {
    gridRow(
      sheet,
      [
        content.unitNames.get(unit.unitId) ?? '',
        unit.open,
        unit.red,
        unit.yellow,
        unit.replied,
        unit.repliedOnTime,
        unit.onTimeRate === null ? '—' : Number(unit.onTimeRate),
        unit.evaluated,
        unit.satisfied,
        unit.satisfactionRate === null ? '—' : Number(unit.satisfactionRate),
      ],
      { 6: RATE_FORMAT, 9: RATE_FORMAT },
    );
  }
  if (content.board.units.length === 0) gridRow(sheet, ['本年度暂无承办单位的办理记录', '', '', '', '', '', '', '', '', '']);
}

function addFiguresSheet(workbook: ExcelJS.Workbook, content: SuggestionBoardContent, title: string): void {
  const { figures } = content;
  const sheet = reportSheet(workbook, FIGURES_SHEET, { landscape: false, widths: [24, 14] });
  textLine(sheet, `${title}：${content.board.year}年度建言数字`, 'title');
  textLine(sheet, `区划：${content.place.replaceAll('/', '')}；${content.board.year}年提交的建言（不含草稿）`);
  headerRow(sheet, ['项目', '数量（条）']);
  const counts: [string, number][] = [
    ['提出', figures.submitted],
    ['立案', figures.filed],
    ['不予立案', figures.notFiled],
    ['已答复', figures.replied],
    ['采纳（答复为 A 或 B）', figures.adopted],
    ['获领导批示', figures.instructed],
    ['办结', figures.closed],
  ];
  for (const [label, value] of counts) gridRow(sheet, [label, value]);
  sheet.addRow([]);
  textLine(sheet, '表述（可直接引用）', 'section');
  const sentence = textLine(sheet, figures.summaryText);
  sentence.height = 36;
}
