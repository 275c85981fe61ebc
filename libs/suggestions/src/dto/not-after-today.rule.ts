import { applyDecorators } from '@nestjs/common';
import { IsOptional, ValidateBy } from 'class-validator';

import { todayIn } from '@rural/core';

/** A day a step happened on: optional (today when left out), never after the county's today. */
export function IsStepDay(label: string): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    ValidateBy({
      name: 'isStepDay',
      validator: {
        // ISO dates compare as text.
        validate: (value: unknown) => typeof value === 'string' && value <= todayIn(),
        defaultMessage: () => `${label}不能晚于今天`,
      },
    }),
  );
}
