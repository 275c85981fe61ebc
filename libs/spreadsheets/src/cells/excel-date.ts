import type { CellPrimitive } from './cell-text.js';

const DAY_MS = 86_400_000;
// Excel's day 0 in the 1900 date system, as the serials after 1900-02-28 count it (Excel keeps
// the fictitious 1900-02-29 of Lotus 1-2-3, so later serials are one day "late").
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A calendar day, read in UTC as exceljs writes dates. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The day of a Date cell or of an Excel serial number (time of day ignored); null for other values. */
export function excelDay(value: CellPrimitive): CalendarDay | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dayOf(value);
  // Serials before 1900-03-01 are not worth the Lotus quirk: no record is that old.
  if (typeof value === 'number' && Number.isFinite(value) && value >= 61)
    return dayOf(new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS));
  return null;
}

export function isoDay({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

export function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function dayOf(date: Date): CalendarDay {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
