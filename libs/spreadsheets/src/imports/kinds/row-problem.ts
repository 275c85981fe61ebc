import type { ImportProblem, ImportProblemCode } from '../history/import-problem.js';
import type { KeyProblem } from '../keys/key-result.js';
import type { ParsedRow } from '../rows/parsed-row.js';
import type { RowEffect } from './row-by-row.js';

/** A natural key that named no row (or several) as the row's problem. */
export function keyRowProblem(row: ParsedRow, problem: KeyProblem): ImportProblem {
  return { sheet: row.sheet, row: row.row, column: problem.column, code: problem.code, message: problem.message };
}

/** What a refused row comes to: its problems (a `RowEffect`, and a plan that goes no further). */
type Refusal = Extract<RowEffect, { problems: ImportProblem[] }>;

/** A row refused with one problem at `column` (null: no one column is at fault). */
export function refused(row: ParsedRow, code: ImportProblemCode, column: string | null, message: string): Refusal {
  return { problems: [{ sheet: row.sheet, row: row.row, column, code, message }] };
}

/** A row refused because one of its natural keys names nothing, or more than one thing. */
export function refusedKey(row: ParsedRow, problem: KeyProblem): Refusal {
  return { problems: [keyRowProblem(row, problem)] };
}

/** A row refused because one of its keys is already taken by an earlier row of the file. */
export function refusedDuplicate(problem: ImportProblem): Refusal {
  return { problems: [problem] };
}
