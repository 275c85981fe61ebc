import { DomainError, ErrorCode, UserInputError, type FieldProblem } from '@rural/core';
import { translateDatabaseError } from '@rural/database';

import type { ImportProblem, ImportProblemCode } from '../history/import-problem.js';
import type { ParsedRow } from '../rows/parsed-row.js';

const CODE_OF_ERROR: Partial<Record<string, ImportProblemCode>> = {
  [ErrorCode.BAD_USER_INPUT]: 'INVALID',
  [ErrorCode.NOT_FOUND]: 'NOT_FOUND',
  [ErrorCode.CONFLICT]: 'CONFLICT',
  [ErrorCode.FORBIDDEN]: 'FORBIDDEN',
};

/**
 * A use case's refusal of one row as the row's problems: each field the error names becomes the
 * column that feeds it (`columnOf`), the message stays the use case's own Chinese. Database
 * refusals go through the same translation as GraphQL's. Anything else is not the row's fault and
 * is thrown on (the import fails, nothing is written).
 */
export function problemsOfError(
  error: unknown,
  row: ParsedRow,
  columnOf: (field: string) => string | null,
  // For a record made of several rows: the row a field path points at (participants.2.speeches → the third participant's row).
  rowOf: (field: string) => ParsedRow = () => row,
): ImportProblem[] {
  const domain = error instanceof DomainError ? error : translateDatabaseError(error);
  const code = domain ? CODE_OF_ERROR[String(domain.extensions.code)] : undefined;
  if (!domain || !code) throw error;
  const fields = (domain instanceof UserInputError ? domain.fields : (domain.extensions.fields as FieldProblem[] | undefined)) ?? [];
  const at = (where: ParsedRow, column: string | null, message: string): ImportProblem => ({
    sheet: where.sheet,
    row: where.row,
    column,
    code,
    message,
  });
  if (fields.length === 0) return [at(row, null, domain.message)];
  return fields.map((problem) => at(rowOf(problem.field), columnOf(problem.field.split('.').pop() ?? problem.field), problem.message));
}
