import type { EnumOption } from '../columns/column.js';
import { accept, invalid, type CellResult } from './cell-problem.js';
import { cleanText, toHalfWidth, type CellPrimitive } from './cell-text.js';

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '√']);
const NO = new Set(['否', 'N', 'NO', 'FALSE', '×']);

/** 是/否 (or Y/N, or an Excel TRUE/FALSE cell) as a boolean. */
export function parseYesNoCell(value: CellPrimitive, label: string): CellResult<boolean> {
  if (typeof value === 'boolean') return accept(value);
  const shown = typeof value === 'string' ? cleanText(value) : String(value);
  const text = toHalfWidth(shown).toUpperCase();
  if (YES.has(text)) return accept(true);
  if (NO.has(text)) return accept(false);
  return invalid(`${label}须填 是 或 否；“${shown}”无法识别`);
}

/** An enumeration's Chinese label (运营中) — or its API value (OPERATING) — as the API value. */
export function parseEnumCell(value: CellPrimitive, options: EnumOption[], label: string): CellResult<string> {
  const shown = typeof value === 'string' ? cleanText(value) : String(value);
  const upper = toHalfWidth(shown).toUpperCase();
  const found = options.find((option) => option.label === shown || option.value === upper);
  if (found) return accept(found.value);
  return invalid(`${label}须为 ${options.map((option) => option.label).join('、')} 之一；“${shown}”无法识别`);
}
