import { Injectable } from '@nestjs/common';

import { HandlingUnitService } from '@rural/committee';
import type { RequestContext } from '@rural/core';
import {
  DutyScoreService,
  type DutyFile,
  type DutyRankingArgs,
  type DutyRankingRow,
  type DutyRuleSet,
  type MemberDutyFileArgs,
} from '@rural/duty';
import { DivisionService } from '@rural/geography';
import { SuggestionBoardService, type SuggestionBoard, type SuggestionBoardFilter, type SuggestionFigures } from '@rural/suggestions';

import { divisionPath } from '../exports/place-names.js';

// The API's largest page: the ranking is read as a client would read it, page after page.
const PAGE = 100;

export interface DutyRankingContent {
  year: number;
  /** The division in words (东兰县), or 全部区划. */
  place: string;
  sector: string | null;
  ruleSet: DutyRuleSet;
  rows: DutyRankingRow[];
  asOf: Date;
}

export interface MemberFileContent {
  file: DutyFile;
  /** 所属政协 as a name path, or null. */
  committee: string | null;
  asOf: Date;
}

export interface SuggestionBoardContent {
  place: string;
  board: SuggestionBoard;
  /** Each handling unit's name by id. */
  unitNames: Map<string, string>;
  figures: SuggestionFigures;
  asOf: Date;
}

/**
 * What the committee's workbooks say, read through the same services as `dutyRanking`,
 * `memberDutyFile` and `suggestionBoard` / `suggestionFigures`, for the same caller — so the
 * scopes, the refusals (a year without saved rules, a member not in the caller's division) and the
 * figures are the API's own.
 */
@Injectable()
export class CommitteeReportContents {
  constructor(
    private readonly scores: DutyScoreService,
    private readonly board: SuggestionBoardService,
    private readonly units: HandlingUnitService,
    private readonly divisions: DivisionService,
  ) {}

  async ranking(ctx: RequestContext, args: DutyRankingArgs): Promise<DutyRankingContent> {
    const asOf = new Date();
    const first = await this.scores.ranking(ctx, { ...args, skip: 0, take: PAGE });
    const rows = [...first.items];
    while (rows.length < first.totalItems) {
      const page = await this.scores.ranking(ctx, { ...args, skip: rows.length, take: PAGE });
      if (page.items.length === 0) break;
      rows.push(...page.items);
    }
    return {
      year: args.year,
      place: await this.place(ctx, args.divisionId),
      sector: args.sector ?? null,
      ruleSet: first.ruleSet,
      rows,
      asOf,
    };
  }

  async memberFile(ctx: RequestContext, args: MemberDutyFileArgs): Promise<MemberFileContent> {
    const asOf = new Date();
    const file = await this.scores.file(ctx, args);
    return { file, committee: await divisionPath(ctx, this.divisions, file.member.divisionId), asOf };
  }

  async suggestionBoard(ctx: RequestContext, filter: SuggestionBoardFilter): Promise<SuggestionBoardContent> {
    const asOf = new Date();
    const board = await this.board.boardOf(ctx, filter);
    // The sentence counts the suggestions submitted in the board's year, as suggestionFigures(year) does.
    const figures = await this.board.figures(ctx, { divisionId: filter.divisionId ?? null, year: board.year });
    const ids = [...board.items.map((item) => item.suggestion.leadUnitId), ...board.units.map((unit) => unit.unitId)];
    const unitNames = new Map<string, string>();
    const loaded = await this.units.byIdLoader(ctx).loadMany([...new Set(ids.filter((id): id is string => Boolean(id)))]);
    for (const unit of loaded) if (unit && !(unit instanceof Error)) unitNames.set(unit.id, unit.name);
    return { place: await this.place(ctx, filter.divisionId), board, unitNames, figures, asOf };
  }

  /** The division asked for, else the caller's own, in words. */
  private async place(ctx: RequestContext, divisionId: string | null | undefined): Promise<string> {
    return (await divisionPath(ctx, this.divisions, divisionId ?? ctx.scope)) ?? '全部区划';
  }
}
