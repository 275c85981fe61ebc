import { Injectable } from '@nestjs/common';

import type { RequestContext } from '@rural/core';
import { EnterprisesArgs, EnterpriseService } from '@rural/enterprises';

import { filterFromQuery } from './export-query.js';
import { everyPage, type ExportQuery, type ExportRow, type KindExport } from './kind-export.js';

/** 企业 for export: the `enterprises` query's arguments (a shared registry: every caller sees them all). */
@Injectable()
export class EnterprisesExport implements KindExport<EnterprisesArgs> {
  constructor(private readonly enterprises: EnterpriseService) {}

  filter(query: ExportQuery): Promise<EnterprisesArgs> {
    return filterFromQuery(EnterprisesArgs, query, { search: 'text', industry: 'text' });
  }

  async *pages(ctx: RequestContext, filter: EnterprisesArgs): AsyncIterable<ExportRow[]> {
    for await (const page of everyPage((skip, take) => this.enterprises.list(ctx, { ...filter, skip, take }))) {
      yield await Promise.all(
        page.map(async (enterprise): Promise<ExportRow> => {
          return { name: enterprise.name, creditCode: enterprise.creditCode, industry: enterprise.industry };
        }),
      );
    }
  }
}
