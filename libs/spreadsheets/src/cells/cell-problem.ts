/** Stable codes of a refused cell or header (the import report's `code`, see docs/api.md). */
export type CellProblemCode = 'REQUIRED' | 'INVALID';

/** Why a cell cannot be taken, in words a clerk can act on. */
export interface CellProblem {
  code: CellProblemCode;
  message: string;
}

/** A parsed cell: its value (null: empty or marked unknown), or the problem. */
export type CellResult<T> = { ok: true; value: T | null } | { ok: false; problem: CellProblem };

export const accept = <T>(value: T | null): CellResult<T> => ({ ok: true, value });
export const invalid = <T>(message: string): CellResult<T> => ({ ok: false, problem: { code: 'INVALID', message } });
export const required = <T>(message: string): CellResult<T> => ({ ok: false, problem: { code: 'REQUIRED', message } });
