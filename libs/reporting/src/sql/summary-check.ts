import { normalizeDecimal } from '@rural/core';

import type { FigureRow } from './impact.repository.js';

const DECIMALS = [
  'area_mu',
  'output_value_yuan',
  'jobs_person_times',
  'household_rent_yuan',
  'collective_income_yuan',
  'households_benefited',
] as const;

/**
 * A report's rows in a form two statements' answers can be compared in: decimals canonical
 * ("11897.00" and "11897" are one figure), counts as numbers, totals first, then groups by key.
 * Used by the summaries' verify command and their property tests.
 */
export function comparableRows(rows: readonly FigureRow[]): FigureRow[] {
  return rows
    .map((row) => ({
      ...row,
      ...Object.fromEntries(DECIMALS.map((column) => [column, normalizeDecimal(String(row[column]))])),
      excluded_records: Number(row.excluded_records),
    }))
    .sort((a, b) => Number(b.is_total) - Number(a.is_total) || String(a.key).localeCompare(String(b.key)));
}

/** The first difference between two answers to one report, in words; null when they agree. */
export function firstDifference(expected: readonly FigureRow[], actual: readonly FigureRow[]): string | null {
  const want = comparableRows(expected);
  const got = comparableRows(actual);
  if (want.length !== got.length) return `${got.length} rows instead of ${want.length}`;
  for (let i = 0; i < want.length; i += 1) {
    for (const column of Object.keys(want[i]) as (keyof FigureRow)[]) {
      if (want[i][column] !== got[i][column]) {
        const row = want[i].is_total ? 'totals' : `group ${want[i].key ?? '(none)'}`;
        return `${row}: ${column} is ${String(got[i][column])}, should be ${String(want[i][column])}`;
      }
    }
  }
  return null;
}
