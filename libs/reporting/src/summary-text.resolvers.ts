import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@rural/core';
import { Match } from '@rural/matches';
import { ServiceTeam } from '@rural/service-teams';
import { SummaryTextService } from './summary-text.service.js';

@Resolver(() => Match)
export class MatchSummaryTextResolver {
  constructor(private readonly sentences: SummaryTextService) {}

  @ResolveField(() => String, {
    description: '成效表述 — the sentence a report can quote: who, where, model, industry and the latest year\'s rent, jobs and collective income.',
  })
  async summaryText(@Parent() match: Match, @Context() { loaders }: RequestContext): Promise<string> {
    return (await this.sentences.matchLoader(loaders).load(match.id)) ?? '';
  }
}

@Resolver(() => ServiceTeam)
export class ServiceTeamSummaryTextResolver {
  constructor(private readonly sentences: SummaryTextService) {}

  @ResolveField(() => String, {
    description: '成效表述 — the sentence a report can quote: towns, villages and bases reached, area served and output value.',
  })
  async summaryText(@Parent() team: ServiceTeam, @Context() { loaders }: RequestContext): Promise<string> {
    return (await this.sentences.teamLoader(loaders).load(team.id)) ?? '';
  }
}
