import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';

import { UserInputError, type FieldProblem } from '../errors/domain-errors.js';
import { textFieldProblems } from './text-fields.js';
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
    let transformed: unknown;
    let ruleProblems: FieldProblem[] = [];
    try {
      transformed = await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      ruleProblems = error.fields;
    }
    // Control characters and invisible-only text, in every string of every argument, whatever
    // rules its class declares: one place, so a field added later is covered by itself.
    if (!isGraphqlArgument(metadata)) return throwIfAny(ruleProblems, transformed);
    const type = isInputClass(metadata.metatype) ? metadata.metatype : undefined;
    const checked = transformed ?? (type && typeof value === 'object' && value !== null ? plainToInstance(type, value) : value);
    const textProblems = textFieldProblems(checked, { name: metadata.data, type });
    const problems = [...textProblems, ...ruleProblems.filter((rule) => !textProblems.some((text) => text.field === rule.field))];
    return throwIfAny(problems, transformed);
  }
}

function throwIfAny(problems: FieldProblem[], transformed: unknown): unknown {
  if (problems.length > 0) throw new UserInputError(problems);
  return transformed;
}

// Nest hands GraphQL arguments to pipes as 'body' (GqlParamtype.ARGS maps onto it); the context
// and the parent object come as 'custom' and are no input.
function isGraphqlArgument(metadata: ArgumentMetadata): boolean {
  return metadata.type === 'body';
}

const PRIMITIVES = new Set<unknown>([String, Number, Boolean, Array, Object]);

function isInputClass(metatype: ArgumentMetadata['metatype']): metatype is new () => object {
  return typeof metatype === 'function' && !PRIMITIVES.has(metatype);
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
