import { parsePeriod, periodEnd, periodStart, UserInputError } from '@rural/core';

/** The days a `from`–`to` period range covers; either end may be open. */
export interface PeriodBounds {
  /** First day of `from`, e.g. "2025-04-01" for "2025Q2". */
  firstDay?: string;
  /** Last day of `to`, e.g. "2025-12-31" for "2025". */
  lastDay?: string;
}

export const REVERSED_RANGE = '结束期间不能早于开始期间';

/**
 * Turns a period range into days. A range runs from the first day of `from` to the last day of
 * `to`, so "2025" to "2025Q1" is January–March and "2025Q2" to "2025Q1" is empty: refused on `to`.
 */
export function periodBounds(from?: string | null, to?: string | null): PeriodBounds {
  const first = from ? parsePeriod(from) : null;
  const last = to ? parsePeriod(to) : null;
  if (from && !first) throw UserInputError.field('from', '开始期间格式须为年“2025”、季度“2025Q3”或月份“2025-07”');
  if (to && !last) throw UserInputError.field('to', '结束期间格式须为年“2025”、季度“2025Q3”或月份“2025-07”');
  const bounds: PeriodBounds = {
    ...(first ? { firstDay: periodStart(first) } : {}),
    ...(last ? { lastDay: periodEnd(last) } : {}),
  };
  if (bounds.firstDay && bounds.lastDay && bounds.firstDay > bounds.lastDay) throw UserInputError.field('to', REVERSED_RANGE);
  return bounds;
}
