import type { ColumnSpec, UnitOption } from '../columns/column.js';
import { accept, invalid, required, type CellResult } from './cell-problem.js';
import { cleanText, isUnknownMark, unwrapCell, type CellPrimitive } from './cell-text.js';
import { parseEnumCell, parseYesNoCell } from './choice-cell.js';
import { parseCodeCell } from './code-cell.js';
import { parseDateCell } from './date-cell.js';
import { parseDecimalCell } from './decimal-cell.js';
import { parsePeriodCell } from './period-cell.js';

/** What a cell of each kind of column becomes: text, an API value, a boolean, or a list of natural keys. */
export type CellValue = string | boolean | string[];

// Several natural keys in one cell: 、 ， , ； ; (the ASCII ones after 全角 folding too).
const LIST_SEPARATORS = /[、,，;；]/;

/**
 * One cell of `column` as the API value it stands for, or the problem. `unit` is the unit the
 * file's header carries (the stored unit when the header had none). Empty cells and the marks for
 * "unknown" (—, -, /) give null, or REQUIRED in a required column.
 */
export function parseCell(column: ColumnSpec, raw: unknown, unit?: UnitOption): CellResult<CellValue> {
  const unwrapped = unwrapCell(raw);
  if (!unwrapped.ok) return unwrapped;
  const value = unwrapped.value;
  if (value === null || (typeof value === 'string' && isUnknownMark(value))) {
    return column.required ? required(`${column.header}为必填项，不能留空`) : accept(null);
  }
  return parsePresent(column, value, unit);
}

function parsePresent(column: ColumnSpec, value: Exclude<CellPrimitive, null>, unit?: UnitOption): CellResult<CellValue> {
  const label = column.header;
  const kind = column.value;
  switch (kind.type) {
    case 'decimal':
      return parseDecimalCell(value, kind.rule, unit ?? kind.units[0], label);
    case 'date':
      return parseDateCell(value, label);
    case 'period':
      return parsePeriodCell(value);
    case 'yes-no':
      return parseYesNoCell(value, label);
    case 'enum':
      return parseEnumCell(value, kind.options, label);
    case 'code':
      return parseCodeCell(value, kind.code, label);
    case 'text': {
      const text = asText(value);
      return text.length > kind.maxLength ? invalid(`${label}最多 ${kind.maxLength} 个字，现有 ${text.length} 个`) : accept(text);
    }
    case 'reference': {
      const text = asText(value);
      if (!kind.many) return accept(text);
      return accept(
        text
          .split(LIST_SEPARATORS)
          .map(cleanText)
          .filter((part) => part !== ''),
      );
    }
  }
}

// A name typed into a cell Excel read as a number or date keeps the text a clerk sees.
function asText(value: Exclude<CellPrimitive, null>): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? '是' : '否';
  return cleanText(String(value));
}
