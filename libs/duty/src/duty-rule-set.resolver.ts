import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Allow, Ctx, Role, type RequestContext } from '@rural/core';

import { SaveDutyRuleSetInput } from './dto/save-duty-rule-set.input.js';
import { DutyRuleSet } from './duty-rule-set.entity.js';
import { DutyRuleSetService } from './duty-rule-set.service.js';

@Resolver(() => DutyRuleSet)
export class DutyRuleSetResolver {
  constructor(private readonly service: DutyRuleSetService) {}

  @Query(() => DutyRuleSet, { nullable: true, description: '履职积分规则 — the rules saved for a year; null when none are saved yet.' })
  dutyRuleSet(
    @Ctx() ctx: RequestContext,
    @Args('year', { type: () => Int, description: 'The year.' }) year: number,
  ): Promise<DutyRuleSet | null> {
    return this.service.find(ctx, year);
  }

  @Query(() => DutyRuleSet, {
    description: '建议积分规则 — the default table (domain rules) proposed for a year, not saved; an administrator edits and saves it.',
  })
  proposedDutyRuleSet(@Args('year', { type: () => Int, description: 'The year.' }) year: number): DutyRuleSet {
    return this.service.proposal(year);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => DutyRuleSet, {
    description: '保存履职积分规则 — saves a year’s rules whole (its scores follow; other years’ do not); unscoped administrators only.',
  })
  saveDutyRuleSet(@Ctx() ctx: RequestContext, @Args('input') input: SaveDutyRuleSetInput): Promise<DutyRuleSet> {
    return this.service.save(ctx, input);
  }

  @ResolveField(() => Boolean, { description: '已保存 — false for a proposal, which scores nothing until saved.' })
  saved(@Parent() ruleSet: DutyRuleSet): boolean {
    return ruleSet.createdAt !== null;
  }
}
