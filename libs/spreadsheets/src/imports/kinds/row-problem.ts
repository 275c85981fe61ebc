import type { ImportProblem, ImportProblemCode } from '../history/import-problem.js';
import type { KeyProblem } from '../keys/key-result.js';
import type { ParsedRow } from '../rows/parsed-row.js';
import type { RowEffect } from './row-by-row.js';

/** A row refused with one problem at `column` (null: no one column is at fault). */
export function refused(row: ParsedRow, code: ImportProblemCode, column: string | null, message: string): RowEffect {
  const problem: ImportProblem = { sheet: row.sheet, row: row.row, column, code, message };
  return { problems: [problem] };
}

/** A row refused because one of its natural keys names nothing, or more than one thing. */
export function refusedKey(row: ParsedRow, problem: KeyProblem): RowEffect {
  return refused(row, problem.code, problem.column, problem.message);
}

/** A row refused because one of its keys is already taken by an earlier row of the file. */
export function refusedDuplicate(problem: ImportProblem): RowEffect {
  return { problems: [problem] };
}
