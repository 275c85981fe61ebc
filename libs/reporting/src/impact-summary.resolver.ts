import { Args, Query, Resolver } from '@nestjs/graphql';

import { Ctx, type RequestContext } from '@rural/core';

import { ImpactRanking } from './dto/impact-ranking.js';
import { ImpactReport } from './dto/impact-report.js';
import { ImpactSummaryArgs } from './dto/impact-summary.args.js';
import { ImpactService } from './impact.service.js';

@Resolver()
export class ImpactSummaryResolver {
  constructor(private readonly impact: ImpactService) {}

  @Query(() => ImpactReport, {
    description:
      '成效汇总 — totals (and groups) of the outcome records a filter covers, added up by the rules of docs/domain.md; one SQL statement. ' +
      "Counts APPROVED records inside the caller's division unless the filter says includeUnapproved.",
  })
  impactSummary(@Ctx() ctx: RequestContext, @Args() { filter, groupBy, top, topBy }: ImpactSummaryArgs): Promise<ImpactReport> {
    return this.impact.summary(ctx, filter, groupBy, top ? { count: top, by: topBy ?? ImpactRanking.OUTPUT_VALUE_YUAN } : undefined);
  }
}
