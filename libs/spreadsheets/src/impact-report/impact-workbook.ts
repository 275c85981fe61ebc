import ExcelJS from 'exceljs';

import type { ImpactFigures, ImpactGrouping, ImpactReport } from '@rural/reporting';

import { HEADER_FONT } from '../templates/template-styles.js';
import { approvalInWords, groupColumnHeading, groupingInWords, wallTimeInWords } from './filter-words.js';
import { columnHeading, FIGURE_COLUMNS, figureFormat, figureValue } from './report-formats.js';

/** One sentence of the second sheet, with what it is about. */
export interface ReportSentence {
  kind: '引企下乡对接' | '农业科技服务团';
  text: string;
}

/** Everything the file says, gathered before a byte is written. */
export interface ImpactReportContent {
  title: string;
  /** The division in words (东兰县武篆镇), or 全部区划. */
  place: string;
  /** The filter's other subjects, one line each: "企业：…", "基地：…（东里村）". */
  subjects: string[];
  /** The period range in words (2024年第三季度至2025年, 全部期间). */
  range: string;
  grouping: ImpactGrouping | null;
  includeUnapproved: boolean;
  /** When the report's statement read the data. */
  asOf: Date;
  report: ImpactReport;
  sentences: ReportSentence[];
}

export const REPORT_SHEET = '成效报告';
export const SENTENCES_SHEET = '成效表述';
export const TOTALS_LABEL = '合计';

const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 16 };
const WARNING_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFC00000' } };
const WARNING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE0E0' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const TOTALS_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const NOT_BROKEN_DOWN_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF595959' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const GRID: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** The warning a report with unapproved figures carries in red above its table. */
export function unapprovedWarning(unapprovedRecords: number): string {
  return `注意：本报告含未经审核的记录（其中未审核 ${unapprovedRecords} 条），数字可能变动，转发或引用前请核实。`;
}

/**
 * The impact report as a workbook a county leader can forward: on the first sheet a title, the
 * filter in words, 数据截至, the notes that change how a figure is read, and the table — one row
 * per group, the "not broken down" group in grey italics, a totals row; on the second sheet the
 * report's sentences.
 */
export function buildImpactWorkbook(content: ImpactReportContent): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '乡村振兴成效记录系统';
  workbook.created = content.asOf;
  workbook.title = content.title;
  addReportSheet(workbook, content);
  addSentencesSheet(workbook, content);
  return workbook;
}

function addReportSheet(workbook: ExcelJS.Workbook, content: ImpactReportContent): void {
  const width = FIGURE_COLUMNS.length + 1;
  const sheet = workbook.addWorksheet(REPORT_SHEET, {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  sheet.columns = [{ width: 24 }, ...FIGURE_COLUMNS.map((column) => ({ width: column.unit === '万元' ? 16 : 12 }))];

  const line = (text: string, style?: { font?: Partial<ExcelJS.Font>; fill?: ExcelJS.Fill }): ExcelJS.Row => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, width);
    const cell = row.getCell(1);
    cell.alignment = { vertical: 'middle', wrapText: true };
    if (style?.font) cell.font = style.font;
    if (style?.fill) cell.fill = style.fill;
    return row;
  };

  const title = line(content.title, { font: TITLE_FONT });
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 28;
  line(`区划：${content.place}`);
  for (const subject of content.subjects) line(subject);
  line(`期间：${content.range}`);
  line(`分组：${groupingInWords(content.grouping)}`);
  line(`统计口径：${approvalInWords(content.includeUnapproved)}`);
  line(`数据截至：${wallTimeInWords(content.asOf)}`);
  if (content.includeUnapproved)
    line(unapprovedWarning(content.report.totals.unapprovedRecords), { font: WARNING_FONT, fill: WARNING_FILL });
  for (const note of readingNotes(content)) line(note);
  sheet.addRow([]);

  const header = sheet.addRow([groupColumnHeading(content.grouping), ...FIGURE_COLUMNS.map(columnHeading)]);
  header.eachCell((cell) => {
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = GRID;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  header.height = 32;
  sheet.views = [{ state: 'frozen', ySplit: header.number, xSplit: 1 }];

  for (const group of content.report.groups) {
    const row = figureRow(sheet, group.label, group.figures);
    if (group.key === null) row.getCell(1).font = NOT_BROKEN_DOWN_FONT;
  }
  const totals = figureRow(sheet, TOTALS_LABEL, content.report.totals);
  totals.eachCell((cell) => {
    cell.font = HEADER_FONT;
    cell.fill = TOTALS_FILL;
  });
}

/** One row of the table: the label, then each figure with its format (余 on a lower bound). */
function figureRow(sheet: ExcelJS.Worksheet, label: string, figures: ImpactFigures): ExcelJS.Row {
  const values = FIGURE_COLUMNS.map((column) => figureValue(column, figures));
  const row = sheet.addRow([label, ...values]);
  row.getCell(1).numFmt = '@';
  FIGURE_COLUMNS.forEach((column, index) => {
    row.getCell(index + 2).numFmt = figureFormat(column, values[index], figures.atLeast);
  });
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.border = GRID;
  });
  return row;
}

/** What a reader must know to read the figures right; each only when it applies. */
export function readingNotes(content: ImpactReportContent): string[] {
  const { report } = content;
  const notes: string[] = [];
  const notBrokenDown = report.groups.find((group) => group.key === null);
  if (notBrokenDown) {
    const heading = groupColumnHeading(content.grouping);
    notes.push(`“${notBrokenDown.label}”一行为无法归入任一${heading}的数字（如只记在上级区划的），已计入合计。`);
  }
  if (report.groupsOverlap) notes.push('一条记录计入其每位牵线委员和服务团团长，各组之和可能大于合计。');
  if (report.totals.atLeast || report.groups.some((group) => group.figures.atLeast)) {
    notes.push('标“余”的数字为下限（原始记录注明“余”“以上”），实际不少于此数。');
  }
  if (!content.includeUnapproved && report.totals.unapprovedRecords > 0) {
    notes.push(`另有 ${report.totals.unapprovedRecords} 条记录尚未审核，未计入。`);
  }
  if (report.excludedRecords > 0) notes.push(`另有 ${report.excludedRecords} 条记录的期间跨越所选期间的起止，未计入。`);
  notes.push('金额单位为万元（保留两位小数，单元格内为精确值）。');
  return notes;
}

function addSentencesSheet(workbook: ExcelJS.Workbook, content: ImpactReportContent): void {
  const sheet = workbook.addWorksheet(SENTENCES_SHEET);
  sheet.columns = [{ width: 8 }, { width: 16 }, { width: 100 }];
  const title = sheet.addRow([`${content.title}：成效表述`]);
  sheet.mergeCells(title.number, 1, title.number, 3);
  title.getCell(1).font = { bold: true, size: 14 };
  const note = sheet.addRow([`由系统根据成效记录自动生成，可直接引用；统计口径：${approvalInWords(content.includeUnapproved)}。`]);
  sheet.mergeCells(note.number, 1, note.number, 3);
  if (content.includeUnapproved) {
    const warning = sheet.addRow([unapprovedWarning(content.report.totals.unapprovedRecords)]);
    sheet.mergeCells(warning.number, 1, warning.number, 3);
    warning.getCell(1).font = WARNING_FONT;
    warning.getCell(1).fill = WARNING_FILL;
  }
  const header = sheet.addRow(['序号', '类别', '表述']);
  header.eachCell((cell) => {
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
  });
  if (content.sentences.length === 0) sheet.addRow(['', '', '本范围内暂无对接项目或服务团的成效表述。']);
  content.sentences.forEach((sentence, index) => {
    const row = sheet.addRow([index + 1, sentence.kind, sentence.text]);
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
  });
}
