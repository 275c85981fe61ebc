import { Args, Query, Resolver } from '@nestjs/graphql';

import { CurrentUser, type AuthenticatedUser } from '@rural/core';

import { ImpactReport } from './dto/impact-report.js';
import { ImpactSummaryArgs } from './dto/impact-summary.args.js';
import { ImpactService } from './impact.service.js';
import { reportView } from './report-view.js';

@Resolver()
export class ImpactSummaryResolver {
  constructor(private readonly impact: ImpactService) {}

  @Query(() => ImpactReport, {
    description:
      '成效汇总 — totals (and groups) of the outcome records a filter covers, added up by the rules of docs/domain.md; one SQL statement. ' +
      "Counts APPROVED records inside the caller's division unless the filter says includeUnapproved.",
  })
  impactSummary(@Args() { filter, groupBy }: ImpactSummaryArgs, @CurrentUser() caller: AuthenticatedUser): Promise<ImpactReport> {
    return this.impact.summary(filter, groupBy, reportView(caller, filter?.includeUnapproved));
  }
}
