import { Injectable } from '@nestjs/common';

import type { RequestContext } from '@rural/core';
import { AggregateRows, Transactions } from '@rural/database';

import { DutyRuleSet } from './duty-rule-set.entity.js';

/** Columns a rule set is written with. */
export type DutyRuleSetRow = Pick<
  DutyRuleSet,
  'year' | 'basePoints' | 'categories' | 'items' | 'excellentFrom' | 'goodFrom' | 'competentFrom'
>;

/** Every statement the duty lib runs on `duty_rule_set`. Rule sets are shared by the whole database. */
@Injectable()
export class DutyRuleSetRepository extends AggregateRows<DutyRuleSet, DutyRuleSetRow> {
  constructor(private readonly transactions: Transactions) {
    super(DutyRuleSet);
  }

  findByYear(ctx: RequestContext, year: number): Promise<DutyRuleSet | null> {
    return this.transactions.manager(ctx).findOneBy(DutyRuleSet, { year });
  }

  /** The year's rule set, locked FOR UPDATE until the transaction ends; null when none is saved. */
  lockByYear(ctx: RequestContext, year: number): Promise<DutyRuleSet | null> {
    return ctx.transaction.findOne(DutyRuleSet, { where: { year }, lock: { mode: 'pessimistic_write' } });
  }
}
