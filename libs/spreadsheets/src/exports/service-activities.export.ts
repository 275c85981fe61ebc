import { Injectable } from '@nestjs/common';

import { BaseService } from '@rural/bases';
import type { RequestContext } from '@rural/core';
import { DivisionService } from '@rural/geography';
import { ServiceActivityFilter, ServiceActivityService, ServiceTeamService } from '@rural/service-teams';

import { filterFromQuery } from './export-query.js';
import { dateCell, everyPage, figure, type ExportQuery, type ExportRow, type KindExport } from './kind-export.js';
import { placeNames } from './place-names.js';

/** 服务活动 for export: the `serviceActivities` query's filter and scope; the place is the base's village. */
@Injectable()
export class ServiceActivitiesExport implements KindExport<ServiceActivityFilter> {
  constructor(
    private readonly activities: ServiceActivityService,
    private readonly teams: ServiceTeamService,
    private readonly bases: BaseService,
    private readonly divisions: DivisionService,
  ) {}

  filter(query: ExportQuery): Promise<ServiceActivityFilter> {
    return filterFromQuery(ServiceActivityFilter, query, { teamId: 'text', baseId: 'text', divisionId: 'text', from: 'date', to: 'date' });
  }

  async *pages(ctx: RequestContext, filter: ServiceActivityFilter): AsyncIterable<ExportRow[]> {
    for await (const page of everyPage((skip, take) => this.activities.list(ctx, { filter, skip, take }))) {
      yield await Promise.all(
        page.map(async (activity): Promise<ExportRow> => {
          const [team, base] = await Promise.all([
            this.teams.byIdLoader(ctx).load(activity.teamId),
            this.bases.byIdLoader(ctx).load(activity.baseId),
          ]);
          const place = base ? await placeNames(ctx, this.divisions, base.villageId) : {};
          return {
            team: team?.name ?? null,
            ...place,
            base: base?.name ?? null,
            date: dateCell(activity.date),
            topic: activity.topic,
            farmersTrained: activity.farmersTrained,
            areaCoveredMu: figure(activity.areaCoveredMu),
          };
        }),
      );
    }
  }
}
