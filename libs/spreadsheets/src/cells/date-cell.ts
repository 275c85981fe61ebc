import { isIsoDate } from '@rural/core';

import { accept, invalid, type CellResult } from './cell-problem.js';
import { cleanText, toHalfWidth, type CellPrimitive } from './cell-text.js';
import { excelDay, isoDay, pad } from './excel-date.js';

// 2024-03-15, 2024/3/15, 2024.3.15, 2024年3月15日, 20240315
const WRITTEN_DATE = /^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))$/;

/** A day as the API's Date ("2024-03-15"): from a date cell, an Excel serial, or text in the usual forms. */
export function parseDateCell(value: CellPrimitive, label: string): CellResult<string> {
  const hint = `${label}须为日期，如 2024-03-15 或 2024年3月15日`;
  if (value instanceof Date || (typeof value === 'number' && !isEightDigits(value))) {
    const day = excelDay(value);
    return day ? checked(isoDay(day), label) : invalid(`${hint}；“${String(value)}”无法识别`);
  }
  if (typeof value !== 'string' && typeof value !== 'number') return invalid(hint);
  const shown = typeof value === 'number' ? String(value) : cleanText(value);
  const match = WRITTEN_DATE.exec(toHalfWidth(shown).replace(/\s+/g, ''));
  if (!match) return invalid(`${hint}；“${shown}”无法识别`);
  const [, year, month = match[4], day = match[5]] = match;
  return checked(`${year}-${pad(Number(month))}-${pad(Number(day))}`, label);
}

function checked(iso: string, label: string): CellResult<string> {
  return isIsoDate(iso) ? accept(iso) : invalid(`${label}不是实际存在的日期：${iso}`);
}

// 20240315 typed as a number is a date written without separators, not an Excel serial.
function isEightDigits(value: number): boolean {
  return Number.isInteger(value) && value >= 19000101 && value <= 29991231;
}
