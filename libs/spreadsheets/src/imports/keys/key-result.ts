import type { ImportProblemCode } from '../history/import-problem.js';

/** A natural key looked up: the row it names, or why it names none (or more than one). */
export type KeyResult<T> = { ok: true; value: T } | KeyProblem;

export interface KeyProblem {
  ok: false;
  code: ImportProblemCode;
  column: string;
  message: string;
}

export const found = <T>(value: T): KeyResult<T> => ({ ok: true, value });
export const keyProblem = (code: ImportProblemCode, column: string, message: string): KeyProblem => ({
  ok: false,
  code,
  column,
  message,
});
