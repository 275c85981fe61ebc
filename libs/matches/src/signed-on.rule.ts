import { applyDecorators } from '@nestjs/common';
import { IsOptional, ValidateBy } from 'class-validator';

/**
 * The county's own calendar: an agreement signed this morning in 东兰县 must not count as "in the
 * future" because the server runs on UTC, where it may still be yesterday.
 */
export const COUNTY_TIME_ZONE = 'Asia/Shanghai';

/** Today's date, "2025-09-18", in `timeZone`. */
export function todayIn(timeZone: string = COUNTY_TIME_ZONE, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

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
