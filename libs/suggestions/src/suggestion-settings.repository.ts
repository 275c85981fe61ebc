import { Injectable } from '@nestjs/common';

import type { RequestContext } from '@rural/core';
import { Transactions } from '@rural/database';

import { SuggestionSettings } from './entities/suggestion-settings.entity.js';

/** Columns the settings are written with. */
export type SuggestionSettingsRow = Pick<SuggestionSettings, 'yellowDays' | 'returnDays' | 'defaultDeadlineUnit' | 'defaultDeadlineAmount'>;

/** The statements on the one settings row (id 1, made by the migration). */
@Injectable()
export class SuggestionSettingsRepository {
  constructor(private readonly transactions: Transactions) {}

  read(ctx: RequestContext): Promise<SuggestionSettings> {
    return this.transactions.manager(ctx).findOneByOrFail(SuggestionSettings, { id: 1 });
  }

  lock(ctx: RequestContext): Promise<SuggestionSettings> {
    return ctx.transaction.findOneOrFail(SuggestionSettings, { where: { id: 1 }, lock: { mode: 'pessimistic_write' } });
  }

  async update(ctx: RequestContext, row: SuggestionSettingsRow): Promise<void> {
    await ctx.transaction.update(SuggestionSettings, { id: 1 }, row);
  }
}
