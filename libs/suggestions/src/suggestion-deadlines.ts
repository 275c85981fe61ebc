import { Injectable } from '@nestjs/common';

import { CalendarNotCoveredError, deadlineAfter, UserInputError, type DeadlineRuleValue, type RequestContext } from '@rural/core';

import { SuggestionSettingsRepository } from './suggestion-settings.repository.js';

/** A deadline as given: a day, a rule, or neither (the settings' default rule). */
export interface DeadlineChoice {
  deadline?: string | null;
  deadlineRule?: DeadlineRuleValue | null;
}

/** Deadlines of a round, from the day it begins. */
@Injectable()
export class SuggestionDeadlines {
  constructor(private readonly settings: SuggestionSettingsRepository) {}

  async deadlineFrom(ctx: RequestContext, from: string, { deadline, deadlineRule }: DeadlineChoice): Promise<string> {
    if (deadline && deadlineRule) throw UserInputError.field('deadlineRule', '办理期限和期限规则只能给出其一');
    if (deadline) {
      if (deadline < from) throw UserInputError.field('deadline', `办理期限不能早于交办日期（${from}）`);
      return deadline;
    }
    const rule = deadlineRule ?? (await this.defaultRule(ctx));
    try {
      return deadlineAfter(from, rule);
    } catch (error) {
      if (error instanceof CalendarNotCoveredError) throw UserInputError.field(deadlineRule ? 'deadlineRule' : 'deadline', error.message);
      throw error;
    }
  }

  private async defaultRule(ctx: RequestContext): Promise<DeadlineRuleValue> {
    const settings = await this.settings.read(ctx);
    return { unit: settings.defaultDeadlineUnit, amount: settings.defaultDeadlineAmount };
  }
}
