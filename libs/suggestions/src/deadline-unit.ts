import { registerEnumType } from '@nestjs/graphql';

/** How a deadline is counted from the day of assignment. */
export enum DeadlineUnit {
  MONTHS = 'MONTHS',
  CALENDAR_DAYS = 'CALENDAR_DAYS',
  WORKING_DAYS = 'WORKING_DAYS',
}

registerEnumType(DeadlineUnit, {
  name: 'DeadlineUnit',
  description: '期限计法 — how a handling deadline is counted from the day of assignment.',
  valuesMap: {
    MONTHS: { description: '月 — calendar months (2024-03-01 + 3 → 2024-06-01; a missing day is the month’s last).' },
    CALENDAR_DAYS: { description: '自然日 — calendar days.' },
    WORKING_DAYS: { description: '工作日 — working days on China’s official calendar, with its holidays and 调休 working weekends.' },
  },
});
