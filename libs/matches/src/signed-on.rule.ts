import { applyDecorators } from '@nestjs/common';
import { IsOptional, ValidateBy } from 'class-validator';

import { todayIn } from '@rural/core';

/** True when the ISO date `date` ("2025-09-18") lies after `today`; ISO dates compare as text. */
export function isAfter(date: string, today: string): boolean {
  return date > today;
}

/** A past or present date (the Date scalar has already checked its form); optional. */
export function IsNotAfterToday(label: string): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    ValidateBy({
      name: 'isNotAfterToday',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && !isAfter(value, todayIn()),
        defaultMessage: () => `${label}不能晚于今天`,
      },
    }),
  );
}
