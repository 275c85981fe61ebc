import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsOptional, ValidateBy } from 'class-validator';

import { creditCodeProblem } from './credit-code.js';

/**
 * An optional 统一社会信用代码. Clerks copy codes from licences with stray spaces and lower-case
 * letters, so the value is trimmed and upper-cased before the check; blank means "not known".
 */
export function IsCreditCode(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => {
      if (typeof value !== 'string') return value;
      const code = value.trim().toUpperCase();
      return code === '' ? null : code;
    }),
    IsOptional(),
    ValidateBy({
      name: 'isCreditCode',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && creditCodeProblem(value) === null,
        defaultMessage: (args) => (typeof args?.value === 'string' ? creditCodeProblem(args.value) : null) ?? '统一社会信用代码不正确',
      },
    }),
  );
}
