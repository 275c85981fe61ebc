import { Injectable } from '@nestjs/common';

import { BaseService } from '@rural/bases';
import type { RequestContext } from '@rural/core';
import { EnterpriseService } from '@rural/enterprises';
import { DivisionService } from '@rural/geography';
import { MatchFilter, MatchLoaders, MatchService } from '@rural/matches';
import { MemberService } from '@rural/members';

import { CATALOGUE } from '../columns/catalogue.js';
import { filterFromQuery } from './export-query.js';
import { dateCell, enterpriseKey, everyPage, figure, type ExportQuery, type ExportRow, type KindExport } from './kind-export.js';
import { placeNames } from './place-names.js';

/** 状态 value → its Chinese label, from the catalogue so the export and the importer agree. */
const STATUS_LABELS = new Map(
  CATALOGUE.matches.columns.flatMap((column) => (column.value.type === 'enum' ? column.value.options : [])).map((o) => [o.value, o.label]),
);

/** 引企下乡对接 for export: the `matches` query's filter and scope; 牵线委员 by name joined by 、. */
@Injectable()
export class MatchesExport implements KindExport<MatchFilter> {
  constructor(
    private readonly matches: MatchService,
    private readonly matchLoaders: MatchLoaders,
    private readonly bases: BaseService,
    private readonly divisions: DivisionService,
    private readonly enterprises: EnterpriseService,
    private readonly members: MemberService,
  ) {}

  filter(query: ExportQuery): Promise<MatchFilter> {
    return filterFromQuery(MatchFilter, query, { divisionId: 'text', enterpriseId: 'text', memberId: 'text', status: 'text' });
  }

  async *pages(ctx: RequestContext, filter: MatchFilter): AsyncIterable<ExportRow[]> {
    for await (const page of everyPage((skip, take) => this.matches.list(ctx, { filter, skip, take }))) {
      yield await Promise.all(
        page.map(async (match): Promise<ExportRow> => {
          const [place, base, enterprise, brokerIds] = await Promise.all([
            placeNames(ctx, this.divisions, match.villageId),
            match.baseId ? this.bases.byIdLoader(ctx).load(match.baseId) : null,
            this.enterprises.byIdLoader(ctx).load(match.enterpriseId),
            this.matchLoaders.brokerIds(ctx).load(match.id),
          ]);
          const brokers = await Promise.all((brokerIds ?? []).map((id) => this.members.byIdLoader(ctx).load(id)));
          const names = brokers.flatMap((member) => (member ? [member.name] : []));
          return {
            ...place,
            base: base?.name ?? null,
            enterprise: enterpriseKey(enterprise),
            brokers: names.length > 0 ? names.join('、') : null,
            status: STATUS_LABELS.get(match.status) ?? match.status,
            signedOn: dateCell(match.signedOn),
            investmentYuan: figure(match.investmentYuan),
          };
        }),
      );
    }
  }
}
