import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateBy, ValidateIf } from 'class-validator';

import { decimalProblem, type DecimalRule } from '../rules/decimal.js';
import { FieldLabel } from './field-labels.js';

/**
 * Field validators with the messages a clerk reads. Each takes the field's Chinese label so the
 * message names the thing ("名称不能为空"), and each is used next to the `@Field` it guards.
 */

interface Presence {
  /** `true`: the field may be left out or set to null (clearing it on update). */
  optional?: boolean;
}

const ID_PATTERN = /^[1-9]\d{0,17}$/;

function presence(options: Presence | undefined): PropertyDecorator[] {
  return options?.optional ? [IsOptional()] : [ValidateIf(() => true)];
}

/** Trims text; blank text becomes null so that "  " never passes as a name. */
const trimmed = Transform(({ value }) => {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  return text === '' ? null : text;
});

/** Texts this long are prose (a source, a reason) and may hold line breaks and tabs; shorter ones are one line. */
const MULTILINE_FROM = 500;

/**
 * A line of text: trimmed, not blank, at most `max` characters. Control characters and
 * invisible-only text are refused for every argument by the validation pipe, under this label.
 */
export function IsText(label: string, max: number, options?: Presence): PropertyDecorator {
  return applyDecorators(
    FieldLabel(label, { multiline: max >= MULTILINE_FROM }),
    trimmed,
    ...presence(options),
    IsString({ message: `${label}不能为空` }),
    MinLength(1, { message: `${label}不能为空` }),
    MaxLength(max, { message: `${label}最多 ${max} 个字` }),
  );
}

/** An exact, non-negative decimal within the column's precision and scale. */
export function IsFigure(label: string, rule: DecimalRule, options?: Presence): PropertyDecorator {
  return applyDecorators(
    FieldLabel(label),
    ...presence(options),
    ValidateBy({
      name: 'isFigure',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && decimalProblem(value, rule) === null,
        defaultMessage: (args) => {
          const problem = typeof args?.value === 'string' ? decimalProblem(args.value, rule) : '不能为空';
          return `${label}${problem ?? '不正确'}`;
        },
      },
    }),
  );
}

/** A reference to another row by its id. */
export function IsEntityId(label: string, options?: Presence): PropertyDecorator {
  return applyDecorators(
    FieldLabel(label),
    ...presence(options),
    IsString({ message: `须指定${label}` }),
    Matches(ID_PATTERN, { message: `${label}编号格式不正确` }),
  );
}

/** A list of distinct ids, e.g. the members who brokered a match. */
export function IsEntityIdList(label: string, max = 50, options?: Presence): PropertyDecorator {
  return applyDecorators(
    FieldLabel(label),
    ...presence(options),
    IsArray({ message: `${label}须为列表` }),
    ArrayMaxSize(max, { message: `${label}最多 ${max} 个` }),
    Matches(ID_PATTERN, { each: true, message: `${label}编号格式不正确` }),
    ValidateBy({
      name: 'distinctIds',
      validator: {
        validate: (value: unknown) => Array.isArray(value) && new Set(value).size === value.length,
        defaultMessage: () => `${label}有重复`,
      },
    }),
  );
}
