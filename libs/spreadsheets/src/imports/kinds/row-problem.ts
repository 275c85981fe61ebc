import type { ImportProblem, ImportProblemCode } from '../history/import-problem.js';
import type { KeyProblem } from '../keys/key-result.js';
import type { ParsedRow } from '../rows/parsed-row.js';

/** One problem of `row` as a row's effect (what `rowByRow` reports for it). */
export function rowProblem(row: ParsedRow, code: ImportProblemCode, column: string | null, message: string): { problems: ImportProblem[] } {
  return { problems: [{ sheet: row.sheet, row: row.row, column, code, message }] };
}

/** A natural key that named no row (or several) as the row's problem. */
export function keyRowProblem(row: ParsedRow, problem: KeyProblem): ImportProblem {
  return { sheet: row.sheet, row: row.row, column: problem.column, code: problem.code, message: problem.message };
}
