import { Injectable } from '@nestjs/common';

import { assertVersion, ForbiddenError, type RequestContext } from '@rural/core';
import { Transactions } from '@rural/database';

import type { UpdateSuggestionSettingsInput } from './dto/update-suggestion-settings.input.js';
import { SuggestionSettings } from './entities/suggestion-settings.entity.js';
import { SuggestionAccess } from './suggestion-access.js';
import { SuggestionSettingsRepository } from './suggestion-settings.repository.js';

/** The follow-up settings: read by everyone signed in, changed by the committee office. */
@Injectable()
export class SuggestionSettingsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly settings: SuggestionSettingsRepository,
    private readonly access: SuggestionAccess,
  ) {}

  read(ctx: RequestContext): Promise<SuggestionSettings> {
    return this.settings.read(ctx);
  }

  async update(ctx: RequestContext, input: UpdateSuggestionSettingsInput): Promise<SuggestionSettings> {
    await this.access.assertOffice(ctx, '修改督办设置');
    // One row for the whole committee: an office limited to a town would change the county's lights.
    if (ctx.scope) throw new ForbiddenError('督办设置全县共用，只有不限区划的政协办工作人员可以修改');
    return this.transactions.run(ctx, async (tx) => {
      const row = await this.settings.lock(tx);
      assertVersion(row, input.version, '督办设置');
      await this.settings.update(tx, {
        yellowDays: input.yellowDays ?? row.yellowDays,
        returnDays: input.returnDays ?? row.returnDays,
        defaultDeadlineUnit: input.defaultDeadlineUnit ?? row.defaultDeadlineUnit,
        defaultDeadlineAmount: input.defaultDeadlineAmount ?? row.defaultDeadlineAmount,
      });
      return this.settings.read(tx);
    });
  }
}
