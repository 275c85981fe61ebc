import { cleanText, unwrapCell } from './cell-text.js';
import type { FoundColumn } from './header-row.js';

/**
 * True when a row is the template's example left as it was: every column the file has holds
 * exactly the example's text. The importer skips such a row (the 填写说明 sheet says so); an example
 * overwritten with real data, even in one cell, is imported like any other row.
 */
export function isUntouchedExample(found: FoundColumn[], cells: unknown[]): boolean {
  return found.length > 0 && found.every(({ column, index }) => textOf(cells[index]) === column.example);
}

function textOf(raw: unknown): string {
  const cell = unwrapCell(raw);
  if (!cell.ok || cell.value === null) return '';
  // The template writes the example's date as a date cell.
  if (cell.value instanceof Date) return cell.value.toISOString().slice(0, 10);
  return cleanText(String(cell.value));
}
