import type { ValidationError } from 'class-validator';

import type { FieldProblem } from '../errors/domain-errors.js';

/** Flattens class-validator's tree into `{ field, message }` pairs, one per field. */
export function toFieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? Object.values(error.constraints) : [];
    const mine = own.length > 0 ? [{ field, message: own[0] }] : [];
    return [...mine, ...toFieldProblems(error.children ?? [], field)];
  });
}
