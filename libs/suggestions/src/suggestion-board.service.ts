import { Inject, Injectable } from '@nestjs/common';

import { RESEARCH_VISITS, type ResearchVisits } from '@rural/committee';
import { todayIn, type RequestContext } from '@rural/core';

import type {
  SuggestionBoard,
  SuggestionBoardFilter,
  SuggestionFigures,
  SuggestionFiguresFilter,
  SuggestionUnitRate,
} from './dto/suggestion-board.types.js';
import { SuggestionAccess } from './suggestion-access.js';
import { SuggestionBoardRepository } from './suggestion-board.repository.js';
import { SuggestionLight } from './suggestion-light.js';
import { daysLeft, lightOf } from './suggestion-light.rule.js';
import { rate } from './suggestion-rates.rule.js';
import { SuggestionReadsService } from './suggestion-reads.service.js';
import { suggestionSentence } from './suggestion-sentence.rule.js';

/** The supervision board (督办看板), the units' rates and the figures with their sentence. */
@Injectable()
export class SuggestionBoardService {
  constructor(
    private readonly board: SuggestionBoardRepository,
    private readonly reads: SuggestionReadsService,
    private readonly access: SuggestionAccess,
    @Inject(RESEARCH_VISITS) private readonly researchVisits: ResearchVisits,
  ) {}

  async boardOf(ctx: RequestContext, filter: SuggestionBoardFilter): Promise<SuggestionBoard> {
    const today = todayIn();
    const { yellowDays } = await this.reads.settings(ctx);
    const year = filter.year ?? Number(today.slice(0, 4));
    const viewer = await this.access.viewer(ctx);
    const open = await this.board.openItems(ctx, filter, viewer);
    const items = open.map((suggestion) => ({
      id: suggestion.id,
      suggestion,
      unit: null,
      light: lightOf({ status: suggestion.status, deadline: suggestion.deadline, today, yellowDays }) as SuggestionLight,
      daysLeft: daysLeft(suggestion.deadline, today) as number,
      keySupervision: suggestion.keySupervision,
    }));
    const units = await this.unitRates(ctx, { year, divisionId: filter.divisionId ?? null, unitId: filter.unitId ?? null });
    return { today, yellowDays, year, items, units };
  }

  async unitRates(
    ctx: RequestContext,
    args: { year: number; divisionId: string | null; unitId: string | null },
  ): Promise<SuggestionUnitRate[]> {
    const { yellowDays } = await this.reads.settings(ctx);
    const counts = await this.board.unitCounts(ctx, { ...args, scope: ctx.scope, today: todayIn(), yellowDays });
    return counts.map((row) => ({
      ...row,
      onTimeRate: rate(row.repliedOnTime, row.replied),
      satisfactionRate: rate(row.satisfied, row.evaluated),
    }));
  }

  /**
   * Counts and the sentence. "开展调研N次" counts research visits, which are duty events: the
   * duty lib counts them through the RESEARCH_VISITS port, for the same division, year and topic.
   */
  async figures(ctx: RequestContext, filter: SuggestionFiguresFilter): Promise<SuggestionFigures> {
    const [counts, researchVisits] = await Promise.all([
      this.board.figures(ctx, ctx.scope, filter),
      this.researchVisits.count(ctx, filter),
    ]);
    const summaryText = suggestionSentence({ topic: filter.topic ?? null, researchCount: researchVisits, ...counts });
    return { ...counts, researchVisits, summaryText };
  }
}
