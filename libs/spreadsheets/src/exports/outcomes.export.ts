import { Injectable } from '@nestjs/common';

import { BaseService } from '@rural/bases';
import type { RequestContext } from '@rural/core';
import { EnterpriseService } from '@rural/enterprises';
import { DivisionService } from '@rural/geography';
import { ImpactFilter, OutcomeRecordService } from '@rural/outcomes';
import { ServiceTeamService } from '@rural/service-teams';

import { filterFromQuery } from './export-query.js';
import { enterpriseKey, everyPage, figure, type ExportQuery, type ExportRow, type KindExport } from './kind-export.js';
import { placeNames } from './place-names.js';

/**
 * 成效记录 for export: the `outcomeRecords` query's filter, scope and approval rule (a viewer gets
 * approved records only), one row per record in the template's columns.
 */
@Injectable()
export class OutcomesExport implements KindExport<ImpactFilter> {
  constructor(
    private readonly records: OutcomeRecordService,
    private readonly bases: BaseService,
    private readonly divisions: DivisionService,
    private readonly enterprises: EnterpriseService,
    private readonly teams: ServiceTeamService,
  ) {}

  filter(query: ExportQuery): Promise<ImpactFilter> {
    return filterFromQuery(ImpactFilter, query, {
      divisionId: 'text',
      from: 'text',
      to: 'text',
      enterpriseId: 'text',
      memberId: 'text',
      teamId: 'text',
      baseId: 'text',
      matchId: 'text',
      includeUnapproved: 'boolean',
    });
  }

  async *rows(ctx: RequestContext, filter: ImpactFilter): AsyncIterable<ExportRow> {
    for await (const page of everyPage((skip, take) => this.records.list(ctx, filter, { skip, take }))) {
      for (const record of page) {
        const [place, base, enterprise, team] = await Promise.all([
          placeNames(ctx, this.divisions, record.placeId),
          record.baseId ? this.bases.byIdLoader(ctx).load(record.baseId) : null,
          record.enterpriseId ? this.enterprises.byIdLoader(ctx).load(record.enterpriseId) : null,
          record.teamId ? this.teams.byIdLoader(ctx).load(record.teamId) : null,
        ]);
        yield {
          period: record.period,
          ...place,
          base: base?.name ?? null,
          enterprise: enterpriseKey(enterprise),
          team: team?.name ?? null,
          areaMu: figure(record.areaMu),
          outputValueYuan: figure(record.outputValueYuan),
          jobsPersonTimes: figure(record.jobsPersonTimes),
          householdRentYuan: figure(record.householdRentYuan),
          collectiveIncomeYuan: figure(record.collectiveIncomeYuan),
          householdsBenefited: figure(record.householdsBenefited),
          atLeast: record.atLeast ? '是' : '否',
          source: record.source,
        };
      }
    }
  }
}
