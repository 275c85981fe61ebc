import { Injectable } from '@nestjs/common';

import type { RequestContext } from '@rural/core';
import { DivisionsArgs, DivisionService, type Division } from '@rural/geography';

import { CATALOGUE } from '../columns/catalogue.js';
import { filterFromQuery } from './export-query.js';
import { everyPage, type ExportQuery, type ExportRow, type KindExport } from './kind-export.js';

/** 级别 value → its Chinese label, from the catalogue so the export and the importer agree. */
const LEVEL_LABELS = new Map(
  CATALOGUE.divisions.columns
    .flatMap((column) => (column.value.type === 'enum' ? column.value.options : []))
    .map((o) => [o.value, o.label]),
);

/**
 * 行政区划 for export (administrators): the `divisions` query's arguments and scope. 上级区划 is
 * the parent's 12-digit code when it has one — a name alone may be shared by several places.
 */
@Injectable()
export class DivisionsExport implements KindExport<DivisionsArgs> {
  constructor(private readonly divisions: DivisionService) {}

  filter(query: ExportQuery): Promise<DivisionsArgs> {
    return filterFromQuery(DivisionsArgs, query, { level: 'text', parentId: 'text' });
  }

  async *pages(ctx: RequestContext, filter: DivisionsArgs): AsyncIterable<ExportRow[]> {
    for await (const page of everyPage((skip, take) => this.divisions.list(ctx, { ...filter, skip, take }))) {
      yield await Promise.all(
        page.map(async (division): Promise<ExportRow> => {
          const parent: Division | null = division.parentId ? await this.divisions.byIdLoader(ctx).load(division.parentId) : null;
          return {
            parent: parent ? (parent.code ?? parent.name) : null,
            name: division.name,
            level: LEVEL_LABELS.get(division.level) ?? division.level,
            code: division.code,
          };
        }),
      );
    }
  }
}
