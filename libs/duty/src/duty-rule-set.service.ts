import { Injectable } from '@nestjs/common';

import { assertVersion, ForbiddenError, UserInputError, type RequestContext } from '@rural/core';
import { Transactions } from '@rural/database';

import type { SaveDutyRuleSetInput } from './dto/save-duty-rule-set.input.js';
import { DutyRuleSet } from './duty-rule-set.entity.js';
import { DutyRuleSetRepository, type DutyRuleSetRow } from './duty-rule-set.repository.js';
import { proposedRules, ruleProblems, type DutyRules } from './duty-rules.js';

/**
 * The yearly points rules as data. Each year has its own row and scores read only their year's
 * row, so saving one year's rules changes no other year's scores.
 */
@Injectable()
export class DutyRuleSetService {
  constructor(
    private readonly transactions: Transactions,
    private readonly ruleSets: DutyRuleSetRepository,
  ) {}

  find(ctx: RequestContext, year: number): Promise<DutyRuleSet | null> {
    return this.ruleSets.findByYear(ctx, year);
  }

  /** The default table for a year, not stored: what an administrator starts from. */
  proposal(year: number): DutyRuleSet {
    return Object.assign(new DutyRuleSet(), proposedRules(year), { version: 0, createdAt: null, updatedAt: null });
  }

  /**
   * The rules a year's scores use. A year without saved rules is refused rather than scored by
   * the built-in proposal: a score must come from stored data, or a software update that changed
   * the proposal would silently change past years.
   */
  async rulesFor(ctx: RequestContext, year: number): Promise<DutyRuleSet> {
    const saved = await this.ruleSets.findByYear(ctx, year);
    if (!saved) {
      throw new UserInputError({
        field: 'year',
        message: `${year} 年的履职积分规则尚未保存，请管理员先保存该年度的规则（可从建议规则开始）`,
      });
    }
    return saved;
  }

  save(ctx: RequestContext, input: SaveDutyRuleSetInput): Promise<DutyRuleSet> {
    // One rule set scores every division: a scoped administrator would change other counties' scores.
    if (ctx.scope) throw new ForbiddenError('履职积分规则适用于全部区划，只有不限区划的管理员可以修改');
    const row = toRow(input);
    const problems = ruleProblems(row);
    if (problems.length > 0) throw new UserInputError(problems);
    return this.transactions.run(ctx, async (tx) => {
      const stored = await this.ruleSets.lockByYear(tx, input.year);
      if (!stored) return this.ruleSets.insert(tx, row);
      assertVersion(stored, input.version, '履职积分规则');
      await this.ruleSets.update(tx, stored.id, row);
      return this.ruleSets.reread(tx, stored.id);
    });
  }
}

function toRow(input: SaveDutyRuleSetInput): DutyRuleSetRow & DutyRules {
  return {
    year: input.year,
    basePoints: input.basePoints ?? 0,
    categories: input.categories.map(({ code, name, cap, floor }) => ({ code, name, cap, floor: floor ?? 0 })),
    items: input.items.map(({ fact, category, points }) => ({ fact, category, points })),
    excellentFrom: input.excellentFrom,
    goodFrom: input.goodFrom,
    competentFrom: input.competentFrom,
  };
}
