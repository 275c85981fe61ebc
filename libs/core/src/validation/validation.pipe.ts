import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';

import { UserInputError } from '../errors/domain-errors.js';
import { toFieldProblems } from './validation-errors.js';

const ALL_OPTIONAL = Symbol('rural:all-optional-args');

/**
 * Marks an args class whose every field is optional: when a caller gives none of them, there is
 * nothing to check, and the pipe skips the work. That matters for field arguments such as
 * `impact(from, to)`, resolved once per item of a page of 100.
 */
export function AllOptional(): ClassDecorator {
  return (target) => Reflect.defineMetadata(ALL_OPTIONAL, true, target);
}

class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.metatype && Reflect.getMetadata(ALL_OPTIONAL, metadata.metatype) && nothingGiven(value)) return value;
    return super.transform(value, metadata);
  }
}

function nothingGiven(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.values(value).every((field) => field === undefined || field === null);
}

/**
 * The one pipe that checks every input class. Unknown properties cannot arrive through GraphQL,
 * so only declared fields are validated; failures become BAD_USER_INPUT with the fields at fault.
 */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    validateCustomDecorators: false,
    // One message per field: the first rule it breaks (a blank name is "不能为空", not "too long").
    stopAtFirstError: true,
    exceptionFactory: (errors) => new UserInputError(toFieldProblems(errors)),
  });
}
