import { assertValid, UserInputError } from '@rural/core';

import type { ExportQuery } from './kind-export.js';

/** How a query parameter is read: as given, as true/false, as a day 2024-03-15, or as a whole number (a year). */
export type ParamKind = 'text' | 'boolean' | 'date' | 'integer';

/**
 * The filter of an export from its query string, checked by the GraphQL filter's own class so
 * `from=abc` is refused with the same Chinese message as in the API. An unknown or repeated
 * parameter is refused too: a typo silently exporting everything would mislead the clerk.
 */
export async function filterFromQuery<T extends object>(
  type: new () => T,
  query: ExportQuery,
  params: Record<string, ParamKind>,
): Promise<T> {
  const plain: Record<string, string | boolean | number> = {};
  for (const [name, value] of Object.entries(query)) {
    const kind = params[name];
    if (!kind) throw UserInputError.field(name, `不认识的筛选条件“${name}”；可用的有：${Object.keys(params).join('、')}`);
    if (typeof value !== 'string') throw UserInputError.field(name, `筛选条件“${name}”只能给一次`);
    if (value === '') continue;
    plain[name] = PARSE[kind](name, value);
  }
  return assertValid(type, plain);
}

const PARSE: Record<ParamKind, (name: string, value: string) => string | boolean | number> = {
  text: (_name, value) => value,
  boolean: booleanParam,
  date: dateParam,
  integer: integerParam,
};

// The class's own rule (e.g. 年度 between 2000 and 2100) then checks the number.
function integerParam(name: string, value: string): number {
  if (/^-?\d{1,9}$/.test(value.trim())) return Number(value);
  throw UserInputError.field(name, `筛选条件“${name}”须为整数，而不是“${value}”`);
}

function booleanParam(name: string, value: string): boolean {
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw UserInputError.field(name, `筛选条件“${name}”须为 true 或 false，而不是“${value}”`);
}

// GraphQL's DateScalar checks these days; a filter class alone does not, so the export does.
function dateParam(name: string, value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (day && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value)) return value;
  throw UserInputError.field(name, `筛选条件“${name}”须为日期，如 2024-03-15，而不是“${value}”`);
}
