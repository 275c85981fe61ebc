/**
 * The county's own calendar: a visit made or an agreement signed this morning in 东兰县 must not
 * count as "in the future" because the server runs on UTC, where it may still be yesterday.
 */
export const COUNTY_TIME_ZONE = 'Asia/Shanghai';

/** Today's date, "2025-09-18", in `timeZone`. */
export function todayIn(timeZone: string = COUNTY_TIME_ZONE, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
