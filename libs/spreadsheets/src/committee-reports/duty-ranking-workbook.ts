import type ExcelJS from 'exceljs';

import { DUTY_GRADE_NAMES } from '@rural/duty';

import { wallTimeInWords } from '../impact-report/filter-words.js';
import type { DutyRankingContent } from './committee-report-contents.js';
import { gridRow, headerRow, reportSheet, reportWorkbook, textLine } from './report-sheet.js';

export const RANKING_SHEET = '履职积分排名';

/** "东兰县2024年度委员履职积分排名". */
export function rankingTitle(content: DutyRankingContent): string {
  return `${content.place.replaceAll('/', '')}${content.year}年度委员履职积分排名`;
}

/**
 * The year's ranking as one table: 名次, 委员, 界别, each category's counted points (its cap in the
 * heading), 总分, 等级 — every member ranked, in the ranking's order. Landscape: a rule set may have
 * many categories.
 */
export function buildDutyRankingWorkbook(content: DutyRankingContent): ExcelJS.Workbook {
  const title = rankingTitle(content);
  const workbook = reportWorkbook(title, content.asOf);
  const categories = content.ruleSet.categories;
  const sheet = reportSheet(workbook, RANKING_SHEET, {
    landscape: true,
    widths: [8, 14, 16, ...categories.map(() => 12), 10, 10],
  });
  textLine(sheet, title, 'title');
  textLine(sheet, `区划：${content.place.replaceAll('/', '')}；界别：${content.sector ?? '全部界别'}；共 ${content.rows.length} 名委员`);
  textLine(
    sheet,
    `积分规则：${content.year}年度（基础分 ${content.ruleSet.basePoints}；优秀 ≥ ${content.ruleSet.excellentFrom}，良好 ≥ ${content.ruleSet.goodFrom}，称职 ≥ ${content.ruleSet.competentFrom}）`,
  );
  textLine(sheet, `数据截至：${wallTimeInWords(content.asOf)}；各类别为计入分（已按封顶、保底折算）`);
  headerRow(sheet, ['名次', '委员', '界别', ...categories.map((category) => `${category.name}（上限${category.cap}）`), '总分', '等级']);
  for (const row of content.rows) {
    const counted = new Map(row.categories.map((category) => [category.code, category.counted]));
    gridRow(sheet, [
      row.rank,
      row.member.name,
      row.member.sector ?? '',
      ...categories.map((category) => counted.get(category.code) ?? 0),
      row.total,
      DUTY_GRADE_NAMES[row.grade],
    ]);
  }
  return workbook;
}
