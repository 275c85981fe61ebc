import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

import { UserInputError } from '../errors/domain-errors.js';
import { toFieldProblems } from './validation-errors.js';

/**
 * Validates a plain object against an input class. Updates use it on the merged row (stored
 * values plus the changes) so an update is held to the same rules as a create.
 */
export async function assertValid<T extends object>(type: new () => T, plain: object): Promise<T> {
  const instance = plainToInstance(type, plain);
  const errors = await validate(instance, { stopAtFirstError: true });
  if (errors.length > 0) throw new UserInputError(toFieldProblems(errors));
  return instance;
}
