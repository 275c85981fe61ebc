import { parsePeriod } from '@rural/core';

import { accept, invalid, type CellResult } from './cell-problem.js';
import { cleanText, toHalfWidth, type CellPrimitive } from './cell-text.js';
import { excelDay, pad } from './excel-date.js';

const QUARTER_NUMERALS: Record<string, number> = { '1': 1, '2': 2, '3': 3, '4': 4, 一: 1, 二: 2, 三: 3, 四: 4 };
const YEAR = /^(\d{4})(?:年度?)?$/;
// 2024Q3, 2024-Q3, 2024年Q3, 2024年第三季度, 2024年第三季, 2024年三季度 — never a bare "2024年3" (March?)
const QUARTER = /^(\d{4})(?:年|-)?(?:Q([1-4])|第([1-4一二三四])季度?|([1-4一二三四])季度)$/;
// 2024-07, 2024-7, 2024/7, 2024.07, 2024年7月 — typed text keeps "2024.10"; a number cell does not (below).
const MONTH = /^(\d{4})(?:[-/.](\d{1,2})|年(\d{1,2})月份?)$/;
// Excel's serial of 1949-01-01: smaller numbers are neither a year nor a date the API takes.
const SERIAL_1949 = 17_899;
const HINT = '期间须为年、季度或月，如 2024、2024Q3、2024年第三季度、2024-07、2024年7月';

/**
 * A period as the API writes it ("2024", "2024Q3", "2024-07") from what clerks type, or from a date
 * cell: Excel turns "2024-07" and "2024年7月" into the first of that month, which stands for the
 * month. Any other day is refused: it does not say which period is meant.
 */
export function parsePeriodCell(value: CellPrimitive): CellResult<string> {
  if (typeof value === 'number' && !isYearNumber(value) && value < SERIAL_1949) return periodFromDecimal(value);
  if (value instanceof Date || (typeof value === 'number' && !isYearNumber(value))) {
    const day = excelDay(value);
    if (!day) return invalid(`${HINT}；“${String(value)}”无法识别`);
    if (day.day !== 1) return invalid(`${HINT}；日期 ${day.year}-${pad(day.month)}-${pad(day.day)} 不能确定是哪个期间`);
    return checked(`${day.year}-${pad(day.month)}`, String(value));
  }
  if (typeof value !== 'string' && typeof value !== 'number') return invalid(HINT);
  const shown = typeof value === 'number' ? String(value) : cleanText(value);
  const text = toHalfWidth(shown).replace(/\s+/g, '').toUpperCase();
  const year = YEAR.exec(text);
  if (year) return checked(year[1], shown);
  const quarter = QUARTER.exec(text);
  if (quarter) return checked(`${quarter[1]}Q${QUARTER_NUMERALS[quarter[2] ?? quarter[3] ?? quarter[4]]}`, shown);
  const month = MONTH.exec(text);
  if (month) return checked(`${month[1]}-${pad(Number(month[2] ?? month[3]))}`, shown);
  return invalid(`${HINT}；“${shown}”无法识别`);
}

/**
 * "2024.7" typed into a General cell arrives as the number 2024.7: still a month. But Excel drops
 * trailing zeros, so 2024.1 may have been 2024.10 — refused, with both readings offered.
 */
function periodFromDecimal(value: number): CellResult<string> {
  const match = /^(\d{4})\.(\d{1,2})$/.exec(String(value));
  if (!match) return invalid(`${HINT}；“${value}”无法识别`);
  const [, year, digits] = match;
  if (digits === '1') return invalid(`期间“${value}”被 Excel 当成了数字，分不清是 1 月还是 10 月：请写成 ${year}-01 或 ${year}-10`);
  return checked(`${year}-${pad(Number(digits))}`, String(value));
}

function checked(period: string, shown: string): CellResult<string> {
  return parsePeriod(period) ? accept(period) : invalid(`${HINT}；“${shown}”不是有效的期间（年份 1949–2100，月份 1–12）`);
}

// A whole number in the years the API takes is a year (2024), not an Excel serial (day 2024 is in 1905).
function isYearNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1000 && value <= 9999;
}
