import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Allow, Ctx, Role, type RequestContext } from '@rural/core';

import { CreateSuggestionInput } from './dto/create-suggestion.input.js';
import { EvaluateSuggestionReplyInput } from './dto/evaluate-suggestion-reply.input.js';
import { SuggestionList } from './dto/suggestion-list.js';
import { SuggestionStepInput } from './dto/suggestion-step.input.js';
import { SuggestionsArgs } from './dto/suggestions.args.js';
import { UpdateSuggestionSettingsInput } from './dto/update-suggestion-settings.input.js';
import { UpdateSuggestionInput } from './dto/update-suggestion.input.js';
import { SuggestionSettings } from './entities/suggestion-settings.entity.js';
import { Suggestion } from './entities/suggestion.entity.js';
import { SuggestionAuthoringService } from './suggestion-authoring.service.js';
import { SuggestionReadsService } from './suggestion-reads.service.js';
import { SuggestionSettingsService } from './suggestion-settings.service.js';

/** Reading suggestions, the authors' steps (a member's own account holds VIEWER; the service checks who), and the settings. */
@Resolver(() => Suggestion)
export class SuggestionResolver {
  constructor(
    private readonly reads: SuggestionReadsService,
    private readonly authoring: SuggestionAuthoringService,
    private readonly settings: SuggestionSettingsService,
  ) {}

  @Query(() => Suggestion, {
    nullable: true,
    description:
      '建言 — one suggestion by id; null when there is none or the caller may not see it (another’s draft, another unit’s item, outside the scope).',
  })
  suggestion(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The suggestion.' }) id: string,
  ): Promise<Suggestion | null> {
    return this.reads.findById(ctx, id);
  }

  @Query(() => SuggestionList, {
    description:
      '建言列表 — suggestions the caller may see, in id order: a unit’s staff only their unit’s items; drafts only to their authors and the office.',
  })
  suggestions(@Ctx() ctx: RequestContext, @Args() args: SuggestionsArgs): Promise<SuggestionList> {
    return this.reads.list(ctx, args);
  }

  @Query(() => SuggestionSettings, { description: '督办设置 — the committee’s follow-up settings.' })
  suggestionSettings(@Ctx() ctx: RequestContext): Promise<SuggestionSettings> {
    return this.settings.read(ctx);
  }

  @Allow(Role.VIEWER)
  @Mutation(() => Suggestion, { description: '起草建言 — a member drafts one they author, or the office drafts on members’ behalf.' })
  createSuggestion(@Ctx() ctx: RequestContext, @Args('input') input: CreateSuggestionInput): Promise<Suggestion> {
    return this.authoring.create(ctx, input);
  }

  @Allow(Role.VIEWER)
  @Mutation(() => Suggestion, { description: '修改草稿 — changes a draft; its authors or the office; CONFLICT once submitted.' })
  updateSuggestion(@Ctx() ctx: RequestContext, @Args('input') input: UpdateSuggestionInput): Promise<Suggestion> {
    return this.authoring.update(ctx, input);
  }

  @Allow(Role.VIEWER)
  @Mutation(() => ID, { description: '删除草稿 — deletes a draft; its authors or the office; CONFLICT once submitted.' })
  deleteSuggestion(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The draft.' }) id: string): Promise<string> {
    return this.authoring.delete(ctx, id);
  }

  @Allow(Role.VIEWER)
  @Mutation(() => Suggestion, { description: '提交建言 — submits a draft to the committee office; its authors or the office.' })
  submitSuggestion(@Ctx() ctx: RequestContext, @Args('input') input: SuggestionStepInput): Promise<Suggestion> {
    return this.authoring.submit(ctx, input);
  }

  @Allow(Role.VIEWER)
  @Mutation(() => Suggestion, {
    description:
      '评价答复 — the lead author (or the office on their behalf) evaluates the reply; 不满意 sends it back to its units with a new deadline.',
  })
  evaluateSuggestionReply(@Ctx() ctx: RequestContext, @Args('input') input: EvaluateSuggestionReplyInput): Promise<Suggestion> {
    return this.authoring.evaluate(ctx, input);
  }

  @Mutation(() => SuggestionSettings, {
    description: '修改督办设置 — the office (not limited to a division) changes the follow-up settings.',
  })
  updateSuggestionSettings(@Ctx() ctx: RequestContext, @Args('input') input: UpdateSuggestionSettingsInput): Promise<SuggestionSettings> {
    return this.settings.update(ctx, input);
  }
}
