import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Base } from '@rural/bases';
import { Ctx, type RequestContext } from '@rural/core';
import { Enterprise } from '@rural/enterprises';
import { Division } from '@rural/geography';
import { Match } from '@rural/matches';
import { Member } from '@rural/members';
import { ServiceTeam } from '@rural/service-teams';

import { ImpactFigures } from './dto/impact-figures.js';
import { ImpactRangeArgs } from './dto/impact-range.args.js';
import { ImpactService } from './impact.service.js';
import { reportView } from './report-view.js';

// `impact(from, to)` on six types. Each resolves through a per-request DataLoader, so a page of
// 100 objects costs one SQL statement per type and range, not one per object.

@Resolver(() => Match)
export class MatchImpactResolver {
  constructor(private readonly impact: ImpactService) {}

  @ResolveField('impact', () => ImpactFigures, { description: "成效 — the figures of the match's outcome records in the range." })
  figures(
    @Parent() match: Match,
    @Args() { from, to, includeUnapproved }: ImpactRangeArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ImpactFigures> {
    return this.impact.figuresOf(ctx.loaders, 'MATCH', match.id, reportView(ctx.caller, includeUnapproved), from, to);
  }
}

@Resolver(() => ServiceTeam)
export class ServiceTeamImpactResolver {
  constructor(private readonly impact: ImpactService) {}

  @ResolveField('impact', () => ImpactFigures, { description: "成效 — the figures of the team's records and visits in the range." })
  figures(
    @Parent() team: ServiceTeam,
    @Args() { from, to, includeUnapproved }: ImpactRangeArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ImpactFigures> {
    return this.impact.figuresOf(ctx.loaders, 'TEAM', team.id, reportView(ctx.caller, includeUnapproved), from, to);
  }
}

@Resolver(() => Division)
export class DivisionImpactResolver {
  constructor(private readonly impact: ImpactService) {}

  @ResolveField('impact', () => ImpactFigures, { description: "成效 — the figures of everything in this division's subtree in the range." })
  figures(
    @Parent() division: Division,
    @Args() { from, to, includeUnapproved }: ImpactRangeArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ImpactFigures> {
    return this.impact.figuresOf(ctx.loaders, 'DIVISION', division.id, reportView(ctx.caller, includeUnapproved), from, to);
  }
}

@Resolver(() => Base)
export class BaseImpactResolver {
  constructor(private readonly impact: ImpactService) {}

  @ResolveField('impact', () => ImpactFigures, { description: "成效 — the figures of the base's records and visits in the range." })
  figures(
    @Parent() base: Base,
    @Args() { from, to, includeUnapproved }: ImpactRangeArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ImpactFigures> {
    return this.impact.figuresOf(ctx.loaders, 'BASE', base.id, reportView(ctx.caller, includeUnapproved), from, to);
  }
}

@Resolver(() => Enterprise)
export class EnterpriseImpactResolver {
  constructor(private readonly impact: ImpactService) {}

  @ResolveField('impact', () => ImpactFigures, { description: "成效 — the figures of the enterprise's matches in the range." })
  figures(
    @Parent() enterprise: Enterprise,
    @Args() { from, to, includeUnapproved }: ImpactRangeArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ImpactFigures> {
    return this.impact.figuresOf(ctx.loaders, 'ENTERPRISE', enterprise.id, reportView(ctx.caller, includeUnapproved), from, to);
  }
}

@Resolver(() => Member)
export class MemberImpactResolver {
  constructor(private readonly impact: ImpactService) {}

  @ResolveField('impact', () => ImpactFigures, {
    description: '成效 — the figures credited to the member (matches brokered, teams led) in the range.',
  })
  figures(
    @Parent() member: Member,
    @Args() { from, to, includeUnapproved }: ImpactRangeArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ImpactFigures> {
    return this.impact.figuresOf(ctx.loaders, 'MEMBER', member.id, reportView(ctx.caller, includeUnapproved), from, to);
  }
}
