import { creditCodeProblem } from '@rural/enterprises';

import { accept, invalid, type CellResult } from './cell-problem.js';
import { cleanText, toHalfWidth, type CellPrimitive } from './cell-text.js';

/**
 * A 统一社会信用代码 or a 12-digit 区划代码. Spaces, 全角 characters and lower case are forgiven.
 * A credit code Excel already turned into a number has lost its last digits: refused, with how to
 * stop Excel doing it.
 */
export function parseCodeCell(value: CellPrimitive, code: 'credit-code' | 'division-code', label: string): CellResult<string> {
  if (code === 'division-code') return divisionCode(value, label);
  if (typeof value === 'number') {
    return invalid(`${label}被 Excel 当成了数字，末几位可能已丢失：请把该列设为“文本”格式后重新填写`);
  }
  const text = toHalfWidth(typeof value === 'string' ? cleanText(value) : String(value))
    .replace(/\s+/g, '')
    .toUpperCase();
  const problem = creditCodeProblem(text);
  return problem ? invalid(`${problem}：“${text}”`) : accept(text);
}

function divisionCode(value: CellPrimitive, label: string): CellResult<string> {
  // Twelve digits fit a double exactly, so a code Excel made a number is still whole.
  const text =
    typeof value === 'number' && Number.isInteger(value) ? String(value) : toHalfWidth(cleanText(String(value))).replace(/\s+/g, '');
  return /^\d{12}$/.test(text) ? accept(text) : invalid(`${label}须为 12 位数字，如 451224000000；“${text}”无法识别`);
}
