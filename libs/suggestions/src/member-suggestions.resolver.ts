import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx, type RequestContext } from '@rural/core';
import { Member } from '@rural/members';

import { Suggestion } from './entities/suggestion.entity.js';
import { SuggestionReadsService } from './suggestion-reads.service.js';

/** `Member.suggestions`: lives here because the members lib cannot know about suggestions. */
@Resolver(() => Member)
export class MemberSuggestionsResolver {
  constructor(private readonly reads: SuggestionReadsService) {}

  @ResolveField(() => [Suggestion], {
    description: '建言 — the suggestions the member authored (lead or co-signer) that the caller may see, in id order.',
  })
  async suggestions(@Parent() member: Member, @Ctx() ctx: RequestContext): Promise<Suggestion[]> {
    return (await this.reads.authoredLoader(ctx).load(member.id)) ?? [];
  }
}
