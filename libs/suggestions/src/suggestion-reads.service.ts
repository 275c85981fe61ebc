import { Injectable } from '@nestjs/common';
import type { EntityTarget } from 'typeorm';

import { alignByKey, todayIn, type Page, type RequestContext } from '@rural/core';

import type { SuggestionsArgs } from './dto/suggestions.args.js';
import { SuggestionSettings } from './entities/suggestion-settings.entity.js';
import { Suggestion } from './entities/suggestion.entity.js';
import { SuggestionAccess } from './suggestion-access.js';
import { SuggestionLight } from './suggestion-light.js';
import { daysLeft, lightOf } from './suggestion-light.rule.js';
import { SuggestionSettingsRepository } from './suggestion-settings.repository.js';
import { SuggestionRepository } from './suggestion.repository.js';

/** Reading suggestions and what hangs on them, as the caller may see them; lights on the county's date. */
@Injectable()
export class SuggestionReadsService {
  constructor(
    private readonly suggestions: SuggestionRepository,
    private readonly settingsRows: SuggestionSettingsRepository,
    private readonly access: SuggestionAccess,
  ) {}

  /** One suggestion, or null when there is none or the caller may not see it. */
  async findById(ctx: RequestContext, id: string): Promise<Suggestion | null> {
    return this.suggestions.findVisible(ctx, id, await this.access.viewer(ctx));
  }

  async list(ctx: RequestContext, args: SuggestionsArgs): Promise<Page<Suggestion>> {
    const settings = await this.settings(ctx);
    return this.suggestions.page(args, await this.access.viewer(ctx), { today: todayIn(), yellowDays: settings.yellowDays });
  }

  /** This request's batched loader of suggestions by id, as the caller may see them. */
  byIdLoader(ctx: RequestContext) {
    return ctx.loaders.get<string, Suggestion>('suggestion.byId', async (ids) =>
      alignByKey(ids, await this.suggestions.findVisibleByIds(ctx, ids, await this.access.viewer(ctx)), (row) => row.id),
    );
  }

  /** The settings, read once per request. */
  async settings(ctx: RequestContext): Promise<SuggestionSettings> {
    const loader = ctx.loaders.get<number, SuggestionSettings>('suggestion.settings', async (keys) => {
      const row = await this.settingsRows.read(ctx);
      return keys.map(() => row);
    });
    return (await loader.load(1)) as SuggestionSettings;
  }

  async light(ctx: RequestContext, suggestion: Suggestion): Promise<SuggestionLight | null> {
    const { yellowDays } = await this.settings(ctx);
    return lightOf({ status: suggestion.status, deadline: suggestion.deadline, today: todayIn(), yellowDays });
  }

  daysLeft(suggestion: Suggestion): number | null {
    return daysLeft(suggestion.deadline, todayIn());
  }

  /** This request's loader of one child table's rows by suggestion, in `order`. */
  childLoader<T extends { suggestionId: string }>(
    ctx: RequestContext,
    name: string,
    entity: EntityTarget<T>,
    order: Record<string, 'ASC' | 'DESC'>,
  ) {
    return ctx.loaders.get<string, T[]>(`suggestion.${name}`, async (ids) => {
      const rows = await this.suggestions.childrenOf(ctx, entity, ids, order);
      return ids.map((id) => rows.filter((row) => row.suggestionId === id));
    });
  }

  /** The social-conditions items turned from these proposals, by proposal. */
  turnedIntoLoader(ctx: RequestContext) {
    return ctx.loaders.get<string, Suggestion>('suggestion.turnedInto', async (ids) => {
      const rows = await this.suggestions.turnedFrom(ctx, ids, await this.access.viewer(ctx));
      return ids.map((id) => rows.find((row) => row.sourceId === id) ?? null);
    });
  }

  /** The suggestions each member authored, as the caller may see them. */
  authoredLoader(ctx: RequestContext) {
    return ctx.loaders.get<string, Suggestion[]>('suggestion.authoredBy', async (memberIds) => {
      const rows = await this.suggestions.authoredBy(ctx, memberIds, await this.access.viewer(ctx));
      return memberIds.map((memberId) => rows.filter((row) => row.memberId === memberId).map((row) => row.suggestion));
    });
  }
}
