import { UserInputError } from '@rural/core';
import { ImpactFilter } from '@rural/outcomes';
import { ImpactGrouping } from '@rural/reporting';

import { filterFromQuery, type ParamKind } from '../exports/export-query.js';
import type { ExportQuery } from '../exports/kind-export.js';
import { groupingInWords } from './filter-words.js';

/** What `GET /exports/impact.xlsx` asks for: the GraphQL `impactSummary(filter, groupBy)` arguments. */
export interface ImpactReportQuery {
  filter: ImpactFilter;
  grouping: ImpactGrouping | null;
}

// The fields of ImpactFilter, read as the outcome export reads them (docs/api.md fixes the first four).
const FILTER_PARAMS: Record<string, ParamKind> = {
  divisionId: 'text',
  from: 'text',
  to: 'text',
  includeUnapproved: 'boolean',
  enterpriseId: 'text',
  memberId: 'text',
  teamId: 'text',
  baseId: 'text',
  matchId: 'text',
};

/**
 * The query string checked as GraphQL checks `impactSummary`'s arguments: the filter by
 * `ImpactFilter`'s own rules (so `from=abc` gets the API's Chinese message), `groupBy` against the
 * same enum. Every refusal names the parameter as it is written in the link, so whoever built the
 * link can find it; an unknown or repeated parameter is refused rather than silently ignored.
 */
export async function impactReportQuery(query: ExportQuery): Promise<ImpactReportQuery> {
  const { groupBy, ...rest } = query;
  const unknown = Object.keys(rest).find((name) => !Object.hasOwn(FILTER_PARAMS, name));
  if (unknown) {
    const known = [...Object.keys(FILTER_PARAMS), 'groupBy'].join('、');
    throw UserInputError.field(unknown, `不认识的参数“${unknown}”；可用的有：${known}`);
  }
  const grouping = groupingParam(groupBy);
  try {
    const filter = await filterFromQuery(ImpactFilter, rest, FILTER_PARAMS);
    return { filter, grouping };
  } catch (error) {
    throw error instanceof UserInputError ? namingParameters(error) : error;
  }
}

function groupingParam(value: unknown): ImpactGrouping | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw UserInputError.field('groupBy', '分组方式（参数 groupBy）只能给一次');
  if (Object.values(ImpactGrouping).includes(value as ImpactGrouping)) return value as ImpactGrouping;
  const choices = Object.values(ImpactGrouping)
    .map((grouping) => `${grouping}（${groupingInWords(grouping)}）`)
    .join('、');
  throw UserInputError.field('groupBy', `分组方式不正确（参数 groupBy）：“${value}”；可用的有：${choices}`);
}

/** "开始期间须为…" → "开始期间须为…（参数 from）", unless the message names it already. */
function namingParameters(error: UserInputError): UserInputError {
  return new UserInputError(
    error.fields.map(({ field, message }) => ({ field, message: message.includes(field) ? message : `${message}（参数 ${field}）` })),
  );
}
