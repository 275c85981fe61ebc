import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { HandlingUnit, HandlingUnitService } from '@rural/committee';
import { Ctx, todayIn, type RequestContext } from '@rural/core';

import {
  SuggestionBoard,
  SuggestionBoardFilter,
  SuggestionBoardItem,
  SuggestionFigures,
  SuggestionFiguresFilter,
  SuggestionUnitRate,
} from './dto/suggestion-board.types.js';
import { SuggestionBoardService } from './suggestion-board.service.js';

/** The supervision board, the units' rates and the figures: read by everyone signed in, in their scope. */
@Resolver(() => SuggestionBoard)
export class SuggestionBoardResolver {
  constructor(private readonly board: SuggestionBoardService) {}

  @Query(() => SuggestionBoard, {
    description:
      '督办看板 — open items (red first, most overdue first; then yellow; then green) with unit and days left, and each unit’s figures for a year.',
  })
  suggestionBoard(
    @Ctx() ctx: RequestContext,
    @Args('filter', {
      type: () => SuggestionBoardFilter,
      nullable: true,
      description: 'Which part of the board; all the caller sees when left out.',
    })
    filter?: SuggestionBoardFilter | null,
  ): Promise<SuggestionBoard> {
    return this.board.boardOf(ctx, filter ?? {});
  }

  @Query(() => [SuggestionUnitRate], {
    description: '单位办理情况 — each handling unit’s open items today and its on-time and satisfaction rates for a year.',
  })
  suggestionUnitRates(
    @Ctx() ctx: RequestContext,
    @Args('year', { type: () => Int, nullable: true, description: '年度 — the year of the replies; this year when left out.' })
    year?: number | null,
    @Args('divisionId', {
      type: () => ID,
      nullable: true,
      description: '所属政协 — only suggestions received in this division or below it.',
    })
    divisionId?: string | null,
  ): Promise<SuggestionUnitRate[]> {
    return this.board.unitRates(ctx, { year: year ?? Number(todayIn().slice(0, 4)), divisionId: divisionId ?? null, unitId: null });
  }

  @Query(() => SuggestionFigures, {
    description: '建言数字 — counts of suggestions past draft and the sentence for a report (提出意见建议N条，其中N条得到采纳…).',
  })
  suggestionFigures(
    @Ctx() ctx: RequestContext,
    @Args('filter', {
      type: () => SuggestionFiguresFilter,
      nullable: true,
      description: 'Which suggestions to count; all the caller sees when left out.',
    })
    filter?: SuggestionFiguresFilter | null,
  ): Promise<SuggestionFigures> {
    return this.board.figures(ctx, filter ?? {});
  }
}

@Resolver(() => SuggestionBoardItem)
export class SuggestionBoardItemResolver {
  constructor(private readonly units: HandlingUnitService) {}

  @ResolveField(() => HandlingUnit, { nullable: true, description: '主办单位 — the lead unit.' })
  unit(@Parent() item: SuggestionBoardItem, @Ctx() ctx: RequestContext): Promise<HandlingUnit | null> | null {
    return item.suggestion.leadUnitId ? this.units.byIdLoader(ctx).load(item.suggestion.leadUnitId) : null;
  }
}

@Resolver(() => SuggestionUnitRate)
export class SuggestionUnitRateResolver {
  constructor(private readonly units: HandlingUnitService) {}

  @ResolveField(() => HandlingUnit, { description: '承办单位 — the unit.' })
  async unit(@Parent() row: SuggestionUnitRate, @Ctx() ctx: RequestContext): Promise<HandlingUnit> {
    return (await this.units.byIdLoader(ctx).load(row.unitId)) as HandlingUnit;
  }
}
