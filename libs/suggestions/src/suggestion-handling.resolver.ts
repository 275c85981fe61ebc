import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { Allow, Ctx, Role, type RequestContext } from '@rural/core';

import { AssignSuggestionInput } from './dto/assign-suggestion.input.js';
import { AddSuggestionInstructionInput, AddSupervisionNoteInput } from './dto/office-notes.input.js';
import { DeclineSuggestionInput, FileSuggestionInput, MarkKeySupervisionInput, SuggestionStepInput } from './dto/suggestion-step.input.js';
import { ReplyToSuggestionInput, ReturnSuggestionAssignmentInput, SendCoUnitOpinionInput } from './dto/unit-steps.input.js';
import { Suggestion } from './entities/suggestion.entity.js';
import { SuggestionOfficeService } from './suggestion-office.service.js';
import { SuggestionUnitsService } from './suggestion-units.service.js';

/** The handling steps: the committee office's (EDITOR with the office post) and the units' staff's (VIEWER; the service checks the unit). */
@Resolver(() => Suggestion)
export class SuggestionHandlingResolver {
  constructor(
    private readonly office: SuggestionOfficeService,
    private readonly units: SuggestionUnitsService,
  ) {}

  @Mutation(() => Suggestion, { description: '立案 — the office files a submitted suggestion.' })
  fileSuggestion(@Ctx() ctx: RequestContext, @Args('input') input: FileSuggestionInput): Promise<Suggestion> {
    return this.office.file(ctx, input);
  }

  @Mutation(() => Suggestion, {
    description:
      '不予立案 — the office does not file a submitted suggestion, with the reason; a proposal may be turned into a 社情民意 item.',
  })
  declineSuggestion(@Ctx() ctx: RequestContext, @Args('input') input: DeclineSuggestionInput): Promise<Suggestion> {
    return this.office.decline(ctx, input);
  }

  @Mutation(() => Suggestion, { description: '交办 — the office assigns a filed suggestion to a lead unit and co-units with a deadline.' })
  assignSuggestion(@Ctx() ctx: RequestContext, @Args('input') input: AssignSuggestionInput): Promise<Suggestion> {
    return this.office.assign(ctx, input);
  }

  @Mutation(() => Suggestion, { description: '办结 — the office closes an evaluated suggestion.' })
  closeSuggestion(@Ctx() ctx: RequestContext, @Args('input') input: SuggestionStepInput): Promise<Suggestion> {
    return this.office.close(ctx, input);
  }

  @Mutation(() => Suggestion, { description: '记录领导批示 — the office records a leader’s instruction on a submitted suggestion.' })
  addSuggestionInstruction(@Ctx() ctx: RequestContext, @Args('input') input: AddSuggestionInstructionInput): Promise<Suggestion> {
    return this.office.addInstruction(ctx, input);
  }

  @Mutation(() => Suggestion, { description: '记录督办 — the office records a supervision note.' })
  addSupervisionNote(@Ctx() ctx: RequestContext, @Args('input') input: AddSupervisionNoteInput): Promise<Suggestion> {
    return this.office.addSupervisionNote(ctx, input);
  }

  @Mutation(() => Suggestion, { description: '重点督办 — the office marks or unmarks an item for key supervision.' })
  markKeySupervision(@Ctx() ctx: RequestContext, @Args('input') input: MarkKeySupervisionInput): Promise<Suggestion> {
    return this.office.markKeySupervision(ctx, input);
  }

  @Allow(Role.VIEWER)
  @Mutation(() => Suggestion, {
    description:
      '退回交办 — a unit wrongly assigned returns the item within the settings’ days; the lead unit’s return sends it back to the office.',
  })
  returnSuggestionAssignment(@Ctx() ctx: RequestContext, @Args('input') input: ReturnSuggestionAssignmentInput): Promise<Suggestion> {
    return this.units.returnAssignment(ctx, input);
  }

  @Allow(Role.VIEWER)
  @Mutation(() => Suggestion, { description: '会办意见 — a co-unit’s staff send the unit’s opinion for this round.' })
  sendCoUnitOpinion(@Ctx() ctx: RequestContext, @Args('input') input: SendCoUnitOpinionInput): Promise<Suggestion> {
    return this.units.sendOpinion(ctx, input);
  }

  @Allow(Role.VIEWER)
  @Mutation(() => Suggestion, {
    description: '答复 — the lead unit’s staff reply with the result (A/B/C/D); after the deadline it is kept as late.',
  })
  replyToSuggestion(@Ctx() ctx: RequestContext, @Args('input') input: ReplyToSuggestionInput): Promise<Suggestion> {
    return this.units.reply(ctx, input);
  }
}
