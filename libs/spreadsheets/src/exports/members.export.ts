import { Injectable } from '@nestjs/common';

import type { RequestContext } from '@rural/core';
import { EnterpriseService } from '@rural/enterprises';
import { DivisionService } from '@rural/geography';
import { MembersArgs, MemberService } from '@rural/members';

import { filterFromQuery } from './export-query.js';
import { enterpriseKey, everyPage, type ExportQuery, type ExportRow, type KindExport } from './kind-export.js';
import { divisionPath } from './place-names.js';

/** 委员 for export: the `members` query's arguments; 所属企业 as natural keys joined by 、 and 所属政协 as a name path, as the template takes them. */
@Injectable()
export class MembersExport implements KindExport<MembersArgs> {
  constructor(
    private readonly members: MemberService,
    private readonly enterprises: EnterpriseService,
    private readonly divisions: DivisionService,
  ) {}

  filter(query: ExportQuery): Promise<MembersArgs> {
    return filterFromQuery(MembersArgs, query, { search: 'text' });
  }

  async *pages(ctx: RequestContext, filter: MembersArgs): AsyncIterable<ExportRow[]> {
    for await (const page of everyPage((skip, take) => this.members.list(ctx, { ...filter, skip, take }))) {
      yield await Promise.all(
        page.map(async (member): Promise<ExportRow> => {
          const ids = (await this.members.enterpriseIdsLoader(ctx).load(member.id)) ?? [];
          const enterprises = await Promise.all(ids.map((id) => this.enterprises.byIdLoader(ctx).load(id)));
          const keys = enterprises.map(enterpriseKey).filter((key): key is string => key !== null);
          return {
            name: member.name,
            sector: member.sector,
            title: member.title,
            enterprises: keys.length > 0 ? keys.join('、') : null,
            committee: await divisionPath(ctx, this.divisions, member.divisionId),
          };
        }),
      );
    }
  }
}
