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
    return this.impact.figuresOf(ctx, 'MATCH', match.id, includeUnapproved, from, to);
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
    return this.impact.figuresOf(ctx, 'TEAM', team.id, includeUnapproved, from, to);
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
    return this.impact.figuresOf(ctx, 'DIVISION', division.id, includeUnapproved, from, to);
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
    return this.impact.figuresOf(ctx, 'BASE', base.id, includeUnapproved, from, to);
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
    return this.impact.figuresOf(ctx, 'ENTERPRISE', enterprise.id, includeUnapproved, from, to);
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
    return this.impact.figuresOf(ctx, 'MEMBER', member.id, includeUnapproved, from, to);
  }
}
