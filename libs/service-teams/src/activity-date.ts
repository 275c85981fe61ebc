import { isIsoDate } from '@rural/core';

/** The earliest day a service activity may carry: the records start with the People's Republic. */
export const EARLIEST_ACTIVITY_DATE = '1949-01-01';

/** Why `date` cannot be the day of a visit, in Chinese, or `null` when it can. */
export function activityDateProblem(date: string, today: string): string | null {
  if (!isIsoDate(date)) return '须为真实日期，格式 YYYY-MM-DD';
  if (date < EARLIEST_ACTIVITY_DATE) return '不能早于 1949 年';
  if (date > today) return '不能晚于今天';
  return null;
}
