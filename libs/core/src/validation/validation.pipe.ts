import { ValidationPipe } from '@nestjs/common';
import { UserInputError } from '../errors/domain-errors.js';
import { toFieldProblems } from './validation-errors.js';

/**
 * The one pipe that checks every input class. Unknown properties cannot arrive through GraphQL,
 * so only declared fields are validated; failures become BAD_USER_INPUT with the fields at fault.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    validateCustomDecorators: false,
    // One message per field: the first rule it breaks (a blank name is "不能为空", not "too long").
    stopAtFirstError: true,
    exceptionFactory: (errors) => new UserInputError(toFieldProblems(errors)),
  });
}
