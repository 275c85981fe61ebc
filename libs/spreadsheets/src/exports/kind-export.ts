import type { RequestContext } from '@rural/core';

/** One cell of an exported row: text, a figure, a date (a date cell in xlsx, 2024-03-15 in csv), or empty. */
export type ExportCell = string | number | Date | null;

/** An exported row keyed by `ColumnSpec.key`; the writer puts the cells in the catalogue's order. */
export type ExportRow = Record<string, ExportCell>;

/** The query string of an export request as Express parses it. */
export type ExportQuery = Record<string, unknown>;

/**
 * The rows of one kind for an export. `filter` validates the query (refusing before a byte is
 * sent); `pages` then reads the caller's rows page by page, never the whole list at once. A page
 * at a time, not a row: 100,000 rows through a chain of async generators row by row cost more
 * promises than the rows cost to write.
 */
export interface KindExport<TFilter> {
  filter(query: ExportQuery): Promise<TFilter>;
  pages(ctx: RequestContext, filter: TFilter): AsyncIterable<ExportRow[]>;
}

/** Pages of up to 100 (the API's largest page) until one comes back short. */
export async function* everyPage<T>(fetch: (skip: number, take: number) => Promise<{ items: T[] }>): AsyncIterable<T[]> {
  const take = 100;
  for (let skip = 0; ; skip += take) {
    const { items } = await fetch(skip, take);
    if (items.length > 0) yield items;
    if (items.length < take) return;
  }
}

/** A stored decimal ("120.50") as the number a clerk types; numeric(14,2) fits a double's 15 digits. */
export function figure(value: string | null): number | null {
  return value === null ? null : Number(value);
}

/** The natural key of an enterprise: its 统一社会信用代码, or its name when it has none. */
export function enterpriseKey(enterprise: { creditCode: string | null; name: string } | null | undefined): string | null {
  return enterprise ? (enterprise.creditCode ?? enterprise.name) : null;
}

/** A stored date ("2024-03-15") as a date cell: midnight UTC, which exceljs writes as that day. */
export function dateCell(value: string | null): Date | null {
  return value === null ? null : new Date(`${value}T00:00:00Z`);
}
