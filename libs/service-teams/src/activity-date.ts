import { isIsoDate } from '@rural/core';

/** The earliest day a service activity may carry: the records start with the People's Republic. */
export const EARLIEST_ACTIVITY_DATE = '1949-01-01';

/**
 * The county's own calendar: a visit made this morning in 东兰县 must not count as "in the
 * future" because the server runs on UTC, where it may still be yesterday.
 */
export const ACTIVITY_TIME_ZONE = 'Asia/Shanghai';

/** Why `date` cannot be the day of a visit, in Chinese, or `null` when it can. */
export function activityDateProblem(date: string, today: string): string | null {
  if (!isIsoDate(date)) return '须为真实日期，格式 YYYY-MM-DD';
  if (date < EARLIEST_ACTIVITY_DATE) return '不能早于 1949 年';
  if (date > today) return '不能晚于今天';
  return null;
}

/** Today's date, "2025-09-18", in `timeZone`. */
export function todayIn(timeZone: string = ACTIVITY_TIME_ZONE, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
