import { applyDecorators } from '@nestjs/common';
import { IsOptional, ValidateBy, ValidateIf } from 'class-validator';

import { parsePeriod, periodEnd, periodStart } from '@rural/core';

import { REVERSED_RANGE } from './period-range.js';

const PERIOD_FORMAT = '须为年“2025”、季度“2025Q3”或月份“2025-07”，年份在 1949–2100 之间';

/**
 * A period ("2025", "2025Q3", "2025-07"). The Period scalar already refuses bad text from a
 * client; this also holds a merged update row to the rule (a period cleared with null).
 */
export function IsPeriod(label: string, options?: { optional?: boolean }): PropertyDecorator {
  return applyDecorators(
    options?.optional ? IsOptional() : ValidateIf(() => true),
    ValidateBy({
      name: 'isPeriod',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parsePeriod(value) !== null,
        defaultMessage: (args) => (args?.value == null ? `须填写${label}` : `${label}${PERIOD_FORMAT}`),
      },
    }),
  );
}

/** The end of a period range (`to`) must not lie before the start of `fromField`. */
export function IsNotBeforePeriod(fromField: string): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    ValidateBy({
      name: 'isNotBeforePeriod',
      validator: {
        validate: (value: unknown, args) => {
          const from = (args?.object as Record<string, unknown>)[fromField];
          const first = typeof from === 'string' ? parsePeriod(from) : null;
          const last = typeof value === 'string' ? parsePeriod(value) : null;
          // A malformed end is the Period validator's business; only the order is judged here.
          return !first || !last || periodStart(first) <= periodEnd(last);
        },
        defaultMessage: () => REVERSED_RANGE,
      },
    }),
  );
}
