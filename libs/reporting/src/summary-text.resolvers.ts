import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx, type RequestContext } from '@rural/core';
import { Match } from '@rural/matches';
import { ServiceTeam } from '@rural/service-teams';

import { SummaryTextArgs } from './dto/summary-text.args.js';
import { reportView } from './report-view.js';
import { SummaryTextService } from './summary-text.service.js';

@Resolver(() => Match)
export class MatchSummaryTextResolver {
  constructor(private readonly sentences: SummaryTextService) {}

  @ResolveField(() => String, {
    description:
      "成效表述 — the sentence a report can quote: who, where, model, industry and the latest year's rent, jobs and collective income (approved figures).",
  })
  async summaryText(@Parent() match: Match, @Args() { includeUnapproved }: SummaryTextArgs, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.sentences.matchLoader(ctx.loaders, reportView(ctx.caller, includeUnapproved)).load(match.id)) ?? '';
  }
}

@Resolver(() => ServiceTeam)
export class ServiceTeamSummaryTextResolver {
  constructor(private readonly sentences: SummaryTextService) {}

  @ResolveField(() => String, {
    description:
      "成效表述 — the sentence a report can quote: towns, villages and bases reached, area served and output value (approved figures, inside the caller's division).",
  })
  async summaryText(
    @Parent() team: ServiceTeam,
    @Args() { includeUnapproved }: SummaryTextArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    return (await this.sentences.teamLoader(ctx.loaders, reportView(ctx.caller, includeUnapproved)).load(team.id)) ?? '';
  }
}
