import { Injectable } from '@nestjs/common';

import { BaseFilter, BaseService } from '@rural/bases';
import type { RequestContext } from '@rural/core';
import { EnterpriseService } from '@rural/enterprises';
import { DivisionService } from '@rural/geography';

import { filterFromQuery } from './export-query.js';
import { enterpriseKey, everyPage, figure, type ExportQuery, type ExportRow, type KindExport } from './kind-export.js';
import { placeNames } from './place-names.js';

/** 基地 for export: the `bases` query's filter and scope, one row per base in the template's columns. */
@Injectable()
export class BasesExport implements KindExport<BaseFilter> {
  constructor(
    private readonly bases: BaseService,
    private readonly divisions: DivisionService,
    private readonly enterprises: EnterpriseService,
  ) {}

  filter(query: ExportQuery): Promise<BaseFilter> {
    return filterFromQuery(BaseFilter, query, { divisionId: 'text', enterpriseId: 'text', industry: 'text', search: 'text' });
  }

  async *pages(ctx: RequestContext, filter: BaseFilter): AsyncIterable<ExportRow[]> {
    for await (const page of everyPage((skip, take) => this.bases.list(ctx, { filter, skip, take }))) {
      const operators = this.enterprises.byIdLoader(ctx);
      yield await Promise.all(
        page.map(async (base): Promise<ExportRow> => {
          const place = await placeNames(ctx, this.divisions, base.villageId);
          const operator = base.operatorId ? await operators.load(base.operatorId) : null;
          return {
            ...place,
            name: base.name,
            areaMu: figure(base.areaMu),
            industry: base.industry,
            operatingModel: base.operatingModel,
            operator: enterpriseKey(operator),
          };
        }),
      );
    }
  }
}
