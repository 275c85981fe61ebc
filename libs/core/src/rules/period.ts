/**
 * Reporting periods: a year "2025", a quarter "2025Q3" or a month "2025-07". A record covers
 * exactly one period; ranges are compared by first and last day.
 */

export type PeriodKind = 'YEAR' | 'QUARTER' | 'MONTH';

export interface Period {
  text: string;
  kind: PeriodKind;
  year: number;
  /** First month covered, 1–12. */
  firstMonth: number;
  /** Last month covered, 1–12. */
  lastMonth: number;
}

const PERIOD_PATTERN = /^(\d{4})(?:Q([1-4])|-(0[1-9]|1[0-2]))?$/;
const EARLIEST_YEAR = 1949;
const LATEST_YEAR = 2100;

/** Parses a period, or returns `null` when the text is not one. */
export function parsePeriod(input: string): Period | null {
  const text = input.trim();
  const match = PERIOD_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return null;
  if (match[2]) {
    const quarter = Number(match[2]);
    return { text, kind: 'QUARTER', year, firstMonth: quarter * 3 - 2, lastMonth: quarter * 3 };
  }
  if (match[3]) {
    const month = Number(match[3]);
    return { text, kind: 'MONTH', year, firstMonth: month, lastMonth: month };
  }
  return { text, kind: 'YEAR', year, firstMonth: 1, lastMonth: 12 };
}

/** First day of the period, as an ISO date. */
export function periodStart(period: Period): string {
  return `${period.year}-${pad(period.firstMonth)}-01`;
}

/** Last day of the period, as an ISO date. */
export function periodEnd(period: Period): string {
  const lastDay = new Date(Date.UTC(period.year, period.lastMonth, 0)).getUTCDate();
  return `${period.year}-${pad(period.lastMonth)}-${pad(lastDay)}`;
}

/** True when `inner` lies wholly inside `outer` (a period lies inside itself). */
export function periodWithin(inner: Period, outer: Period): boolean {
  return periodStart(inner) >= periodStart(outer) && periodEnd(inner) <= periodEnd(outer);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
