import chineseDays from 'chinese-days';

/**
 * Handling deadlines (办理期限) counted from a day: calendar months, calendar days, or working days
 * on China's official calendar with its holidays and 调休 working weekends. The holidays come from
 * the `chinese-days` package (data from the State Council's yearly notices, updated every year,
 * no install scripts), never a hand-typed list.
 */
export type DeadlineCount = 'MONTHS' | 'CALENDAR_DAYS' | 'WORKING_DAYS';

export interface DeadlineRuleValue {
  unit: DeadlineCount;
  amount: number;
}

/** A working-day count that runs into a year whose official holidays the package does not hold. */
export class CalendarNotCoveredError extends Error {
  constructor(readonly year: number) {
    super(`${year}年的法定节假日安排尚未收录，不能按工作日计算期限；请按自然日或月计算，或直接指定办理期限`);
    this.name = 'CalendarNotCoveredError';
  }
}

const DAY_MS = 86_400_000;

function parse(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `from` plus `months` calendar months; a day the month lacks becomes its last (01-31 + 3 → 04-30). */
export function addMonths(from: string, months: number): string {
  const start = parse(from);
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return format(target);
}

/** `from` plus `days` calendar days (negative goes back). */
export function addCalendarDays(from: string, days: number): string {
  return format(new Date(parse(from).getTime() + days * DAY_MS));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / DAY_MS);
}

const coverage = new Map<number, boolean>();

/**
 * True when the package holds the year's official holidays. Every year has some (元旦 at least),
 * so a year without a single one is a year the package does not know yet.
 */
export function holidaysCovered(year: number): boolean {
  let known = coverage.get(year);
  if (known === undefined) {
    known = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    coverage.set(year, known);
  }
  return known;
}

/**
 * The `days`-th working day after `from` (15 after 2024-09-30 → 2024-10-25: 国庆 Oct 1–7 off,
 * Saturday Oct 12 worked). Refuses a count that starts or ends in a year the package does not
 * cover, rather than silently counting weekends only.
 */
export function addWorkingDays(from: string, days: number): string {
  const firstYear = parse(from).getUTCFullYear();
  if (!holidaysCovered(firstYear)) throw new CalendarNotCoveredError(firstYear);
  const result = chineseDays.findWorkday(days, from);
  const lastYear = parse(result).getUTCFullYear();
  for (let year = firstYear + 1; year <= lastYear; year++) {
    if (!holidaysCovered(year)) throw new CalendarNotCoveredError(year);
  }
  return result;
}

/** The deadline a rule gives for an assignment made on `from`. */
export function deadlineAfter(from: string, rule: DeadlineRuleValue): string {
  switch (rule.unit) {
    case 'MONTHS':
      return addMonths(from, rule.amount);
    case 'CALENDAR_DAYS':
      return addCalendarDays(from, rule.amount);
    case 'WORKING_DAYS':
      return addWorkingDays(from, rule.amount);
  }
}
