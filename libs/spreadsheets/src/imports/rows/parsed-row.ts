import type { CellValue } from '../../cells/parse-cell.js';
import type { ImportProblem } from '../history/import-problem.js';

/**
 * A data row with its cells parsed: the value of each column the file has (null: empty or
 * unknown), keyed by the column's `key`. Columns the file lacks are absent, so an update changes
 * only what the file holds.
 */
export interface ParsedRow {
  sheet: string;
  row: number;
  values: Map<string, CellValue | null>;
  /** Problems of single cells (REQUIRED, INVALID); a row with any is checked no further. */
  problems: ImportProblem[];
}

/** The value of a column the file has, or undefined when the file has no such column. */
export function valueOf<T extends CellValue>(row: ParsedRow, key: string): T | null | undefined {
  return row.values.get(key) as T | null | undefined;
}
