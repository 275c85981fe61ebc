import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Base, BaseService } from '@rural/bases';
import { HandlingUnit, HandlingUnitService } from '@rural/committee';
import { Ctx, type RequestContext } from '@rural/core';
import { Division, DivisionService } from '@rural/geography';
import { Match, MatchService } from '@rural/matches';
import { Member, MemberService } from '@rural/members';

import { SuggestionAssignment } from './entities/suggestion-assignment.entity.js';
import { SuggestionAuthor } from './entities/suggestion-author.entity.js';
import { SuggestionBase } from './entities/suggestion-base.entity.js';
import { SuggestionDivision } from './entities/suggestion-division.entity.js';
import { SuggestionInstruction } from './entities/suggestion-instruction.entity.js';
import { SuggestionMatch } from './entities/suggestion-match.entity.js';
import { SuggestionOpinion } from './entities/suggestion-opinion.entity.js';
import { SuggestionReply } from './entities/suggestion-reply.entity.js';
import { SuggestionStep } from './entities/suggestion-step.entity.js';
import { SuggestionSupervisionNote } from './entities/suggestion-supervision-note.entity.js';
import { Suggestion } from './entities/suggestion.entity.js';
import { SuggestionLight } from './suggestion-light.js';
import { SuggestionReadsService } from './suggestion-reads.service.js';

/** What hangs on a suggestion, through the request's loaders (one statement per relation per request). */
@Resolver(() => Suggestion)
export class SuggestionFieldsResolver {
  constructor(
    private readonly reads: SuggestionReadsService,
    private readonly members: MemberService,
    private readonly divisions: DivisionService,
    private readonly bases: BaseService,
    private readonly matches: MatchService,
    private readonly units: HandlingUnitService,
  ) {}

  @ResolveField(() => SuggestionLight, {
    nullable: true,
    description:
      '督办灯 — for an assigned item not yet replied, on the county’s date: RED overdue, YELLOW near, GREEN on track; null otherwise.',
  })
  light(@Parent() suggestion: Suggestion, @Ctx() ctx: RequestContext): Promise<SuggestionLight | null> {
    return this.reads.light(ctx, suggestion);
  }

  @ResolveField(() => Int, { nullable: true, description: '剩余天数 — days to the current deadline; negative: overdue; null without one.' })
  daysLeft(@Parent() suggestion: Suggestion): number | null {
    return this.reads.daysLeft(suggestion);
  }

  @ResolveField(() => [Member], { description: '提出人 — the authors, the lead author (第一提出人) first.' })
  async authors(@Parent() suggestion: Suggestion, @Ctx() ctx: RequestContext): Promise<Member[]> {
    const links = (await this.reads.childLoader(ctx, 'authors', SuggestionAuthor, { position: 'ASC' }).load(suggestion.id)) ?? [];
    return present(await Promise.all(links.map((link) => this.members.byIdLoader(ctx).load(link.memberId))));
  }

  @ResolveField(() => Division, { nullable: true, description: '所属政协 — the division whose committee receives it.' })
  division(@Parent() suggestion: Suggestion, @Ctx() ctx: RequestContext): Promise<Division | null> {
    return this.divisions.byIdLoader(ctx).load(suggestion.divisionId);
  }

  @ResolveField('divisions', () => [Division], { description: '涉及区划 — the places it is about (those inside the caller’s scope).' })
  async linkedDivisions(@Parent() suggestion: Suggestion, @Ctx() ctx: RequestContext): Promise<Division[]> {
    const links = (await this.reads.childLoader(ctx, 'divisions', SuggestionDivision, { id: 'ASC' }).load(suggestion.id)) ?? [];
    return present(await Promise.all(links.map((link) => this.divisions.byIdLoader(ctx).load(link.divisionId))));
  }

  @ResolveField('bases', () => [Base], { description: '涉及基地 — the bases it is about (those inside the caller’s scope).' })
  async linkedBases(@Parent() suggestion: Suggestion, @Ctx() ctx: RequestContext): Promise<Base[]> {
    const links = (await this.reads.childLoader(ctx, 'bases', SuggestionBase, { id: 'ASC' }).load(suggestion.id)) ?? [];
    return present(await Promise.all(links.map((link) => this.bases.byIdLoader(ctx).load(link.baseId))));
  }

  @ResolveField('matches', () => [Match], { description: '涉及对接 — the matches it is about (those inside the caller’s scope).' })
  async linkedMatches(@Parent() suggestion: Suggestion, @Ctx() ctx: RequestContext): Promise<Match[]> {
    const links = (await this.reads.childLoader(ctx, 'matches', SuggestionMatch, { id: 'ASC' }).load(suggestion.id)) ?? [];
    return present(await Promise.all(links.map((link) => this.matches.byIdLoader(ctx).load(link.matchId))));
  }

  @ResolveField(() => HandlingUnit, { nullable: true, description: '主办单位 — the current lead unit; null before assignment.' })
  leadUnit(@Parent() suggestion: Suggestion, @Ctx() ctx: RequestContext): Promise<HandlingUnit | null> | null {
    return suggestion.leadUnitId ? this.units.byIdLoader(ctx).load(suggestion.leadUnitId) : null;
  }

  @ResolveField(() => [SuggestionAssignment], { description: '交办记录 — every unit’s assignment, active and ended, in order.' })
  async assignments(@Parent() suggestion: Suggestion, @Ctx() ctx: RequestContext): Promise<SuggestionAssignment[]> {
    return (await this.reads.childLoader(ctx, 'assignments', SuggestionAssignment, { id: 'ASC' }).load(suggestion.id)) ?? [];
  }

  @ResolveField(() => [SuggestionOpinion], { description: '会办意见 — the co-units’ opinions, every round.' })
  async opinions(@Parent() suggestion: Suggestion, @Ctx() ctx: RequestContext): Promise<SuggestionOpinion[]> {
    return (await this.reads.childLoader(ctx, 'opinions', SuggestionOpinion, { id: 'ASC' }).load(suggestion.id)) ?? [];
  }

  @ResolveField(() => [SuggestionReply], {
    description: '答复 — the lead unit’s replies, one per round, with their evaluations; earlier rounds kept.',
  })
  async replies(@Parent() suggestion: Suggestion, @Ctx() ctx: RequestContext): Promise<SuggestionReply[]> {
    return (await this.reads.childLoader(ctx, 'replies', SuggestionReply, { round: 'ASC' }).load(suggestion.id)) ?? [];
  }

  @ResolveField(() => [SuggestionInstruction], { description: '领导批示 — leaders’ instructions, in order.' })
  async instructions(@Parent() suggestion: Suggestion, @Ctx() ctx: RequestContext): Promise<SuggestionInstruction[]> {
    return (
      (await this.reads.childLoader(ctx, 'instructions', SuggestionInstruction, { givenOn: 'ASC', id: 'ASC' }).load(suggestion.id)) ?? []
    );
  }

  @ResolveField(() => [SuggestionSupervisionNote], { description: '督办记录 — the office’s supervision notes, in order.' })
  async supervisionNotes(@Parent() suggestion: Suggestion, @Ctx() ctx: RequestContext): Promise<SuggestionSupervisionNote[]> {
    return (await this.reads.childLoader(ctx, 'notes', SuggestionSupervisionNote, { notedOn: 'ASC', id: 'ASC' }).load(suggestion.id)) ?? [];
  }

  @ResolveField(() => [SuggestionStep], { description: '办理记录 — every step of its life: who, when, what, note.' })
  async steps(@Parent() suggestion: Suggestion, @Ctx() ctx: RequestContext): Promise<SuggestionStep[]> {
    return (await this.reads.childLoader(ctx, 'steps', SuggestionStep, { id: 'ASC' }).load(suggestion.id)) ?? [];
  }

  @ResolveField(() => Suggestion, {
    nullable: true,
    description: '来源提案 — for an item turned from a proposal not filed, that proposal.',
  })
  source(@Parent() suggestion: Suggestion, @Ctx() ctx: RequestContext): Promise<Suggestion | null> | null {
    return suggestion.sourceId ? this.reads.byIdLoader(ctx).load(suggestion.sourceId) : null;
  }

  @ResolveField(() => Suggestion, {
    nullable: true,
    description: '转为社情民意 — for a proposal not filed, the social-conditions item it was turned into.',
  })
  turnedInto(@Parent() suggestion: Suggestion, @Ctx() ctx: RequestContext): Promise<Suggestion | null> {
    return this.reads.turnedIntoLoader(ctx).load(suggestion.id);
  }
}

/** The unit named on an assignment, an opinion or a reply. */
@Resolver(() => SuggestionAssignment)
export class SuggestionAssignmentFieldsResolver {
  constructor(private readonly units: HandlingUnitService) {}

  @ResolveField(() => HandlingUnit, { nullable: true, description: '承办单位 — the unit.' })
  unit(@Parent() row: SuggestionAssignment, @Ctx() ctx: RequestContext): Promise<HandlingUnit | null> {
    return this.units.byIdLoader(ctx).load(row.unitId);
  }
}

@Resolver(() => SuggestionOpinion)
export class SuggestionOpinionFieldsResolver {
  constructor(private readonly units: HandlingUnitService) {}

  @ResolveField(() => HandlingUnit, { nullable: true, description: '会办单位 — the co-unit.' })
  unit(@Parent() row: SuggestionOpinion, @Ctx() ctx: RequestContext): Promise<HandlingUnit | null> {
    return this.units.byIdLoader(ctx).load(row.unitId);
  }
}

@Resolver(() => SuggestionReply)
export class SuggestionReplyFieldsResolver {
  constructor(private readonly units: HandlingUnitService) {}

  @ResolveField(() => HandlingUnit, { nullable: true, description: '主办单位 — the lead unit that replied.' })
  unit(@Parent() row: SuggestionReply, @Ctx() ctx: RequestContext): Promise<HandlingUnit | null> {
    return this.units.byIdLoader(ctx).load(row.unitId);
  }

  @ResolveField(() => Boolean, { description: '逾期 — replied after the deadline it answered to.' })
  late(@Parent() row: SuggestionReply): boolean {
    // ISO dates compare as text.
    return row.repliedOn > row.deadline;
  }
}

function present<T>(rows: (T | null | undefined)[]): T[] {
  return rows.filter((row): row is T => row !== null && row !== undefined);
}
