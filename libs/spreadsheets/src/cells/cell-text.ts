import { accept, invalid, type CellResult } from './cell-problem.js';

/** A cell as exceljs reads it, unwrapped: text, a number, a yes/no, a date, or nothing. */
export type CellPrimitive = string | number | boolean | Date | null;

// Spaces a copy from Word, a web page or WPS brings along: no-break, ideographic, zero-width, BOM.
const ODD_SPACES = /[\u00a0\u2002-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
// Written for "not known" in real ledgers; the same as an empty cell.
const UNKNOWN_MARKS = new Set(['', '-', '--', '—', '——', '–', '－', '/', '／', '\\']);

/**
 * Unwraps what exceljs gives for a cell: rich text and hyperlinks become their text, a formula its
 * cached result. A formula without one (a file written by a program, never opened in Excel) or an
 * error value (#DIV/0!) cannot be taken.
 */
export function unwrapCell(raw: unknown): CellResult<CellPrimitive> {
  if (raw === null || raw === undefined) return accept(null);
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date) return accept(raw);
  if (typeof raw === 'object') {
    const cell = raw as {
      richText?: { text: string }[];
      text?: unknown;
      formula?: unknown;
      sharedFormula?: unknown;
      result?: unknown;
      error?: unknown;
    };
    if (Array.isArray(cell.richText)) return accept(cell.richText.map((run) => run.text).join(''));
    if (cell.formula !== undefined || cell.sharedFormula !== undefined) {
      if (cell.result === undefined || cell.result === null) return invalid('公式没有计算结果：请在 Excel 或 WPS 中打开文件、保存后再导入');
      return unwrapCell(cell.result);
    }
    if (cell.error !== undefined) return invalid(`单元格是错误值 ${String(cell.error)}，请改正公式或填写数值`);
    if (typeof cell.text === 'string') return accept(cell.text);
  }
  return invalid('无法识别该单元格的内容');
}

/** Trims and folds the odd spaces of copied text into plain ones; runs of spaces become one. */
export function cleanText(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ').replace(/\s+/g, ' ').trim();
}

/** True for an empty cell or one of the marks clerks write for "unknown" (—, -, /). */
export function isUnknownMark(text: string): boolean {
  return UNKNOWN_MARKS.has(cleanText(text));
}

/**
 * 全角 digits, letters and punctuation (１２０．５, ２０２４Ｑ３, （亩）) as their ASCII forms. Only for
 * numbers, codes, dates and periods: names keep their own brackets.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}
