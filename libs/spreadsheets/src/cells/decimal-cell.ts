import { decimalProblem, parseDecimal, type DecimalRule } from '@rural/core';

import type { UnitOption } from '../columns/column.js';
import { accept, invalid, type CellResult } from './cell-problem.js';
import { cleanText, toHalfWidth, type CellPrimitive } from './cell-text.js';
import { multiplyDecimal } from './exact-multiply.js';

// 1,234,567.5 — commas only in groups of three, so "1,5" (a decimal comma?) is not guessed at.
const THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * A figure in the header's unit, converted exactly into the stored unit (公顷 → 亩 ×15,
 * 万元 → 元 ×10000) and checked against the column's scale and size. Takes numbers as Excel
 * stores them and text as clerks type it: 全角 digits, thousands separators, spaces, the unit
 * repeated after the number ("120亩").
 */
export function parseDecimalCell(value: CellPrimitive, rule: DecimalRule, unit: UnitOption, label: string): CellResult<string> {
  let canonical: string | null;
  let shown: string;
  if (typeof value === 'number') {
    canonical = parseDecimal(value);
    shown = String(value);
  } else if (typeof value === 'string') {
    shown = cleanText(value);
    canonical = parseDecimal(numberText(shown, unit.label));
  } else {
    return invalid(`${label}须为数字，如 120.5`);
  }
  if (canonical === null) return invalid(`${label}须为数字，如 120.5；“${shown}”无法识别`);
  const stored = multiplyByUnit(canonical, unit);
  const problem = decimalProblem(stored, rule);
  if (problem)
    return invalid(unit.factor === '1' ? `${label}${problem}` : `${label}${problem}（“${shown}${unit.label}”换算后为 ${stored}）`);
  return accept(stored);
}

function numberText(text: string, unitLabel: string): string {
  let plain = toHalfWidth(text).replace(/\s+/g, '');
  if (plain.endsWith(unitLabel)) plain = plain.slice(0, -unitLabel.length);
  return THOUSANDS.test(plain) ? plain.replace(/,/g, '') : plain;
}

function multiplyByUnit(canonical: string, unit: UnitOption): string {
  return unit.factor === '1' ? canonical : multiplyDecimal(canonical, unit.factor);
}
