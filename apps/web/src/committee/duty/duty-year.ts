import type { CombinedError } from '@urql/vue';

import { errorCode, fieldProblems } from '../../api/errors';

/** The years the duty pages offer: this year and the five before it (a committee's term). */
export function yearChoices(shown: number): number[] {
  const current = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, back) => current - back);
  // A year from a bookmark outside the window stays choosable.
  return years.includes(shown) ? years : [...years, shown].sort((a, b) => b - a);
}

/** The year in the URL's `year`, or this year; the API takes 2000 to 2100. */
export function yearOf(value: unknown): number {
  const year = typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : new Date().getFullYear();
}

/**
 * The API refuses a year whose rules were never saved (BAD_USER_INPUT on `year`) rather than
 * scoring it with the built-in proposal: the pages say so and point administrators to 积分规则.
 */
export function rulesNotSaved(error: CombinedError | undefined): boolean {
  return errorCode(error) === 'BAD_USER_INPUT' && fieldProblems(error).some((problem) => problem.field === 'year');
}
