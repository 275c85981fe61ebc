import { Injectable } from '@nestjs/common';

import { DomainError, ErrorCode, type RequestContext } from '@rural/core';
import { DivisionLevel, DivisionService, type Division } from '@rural/geography';
import { MatchService } from '@rural/matches';
import type { ImpactFilter } from '@rural/outcomes';
import { ImpactGrouping, ImpactService, SummaryTextService } from '@rural/reporting';

import { everyPage } from '../exports/kind-export.js';
import { placeInWords, rangeInWords, reportTitle } from './filter-words.js';
import type { ImpactReportContent, ReportSentence } from './impact-workbook.js';

/**
 * A division the caller cannot see answers as one that does not exist, as `division(id)` answers
 * null for both: the file would otherwise carry its name, and a refusal of its own would tell a
 * town's clerk which ids exist outside their town.
 */
export class DivisionNotVisibleError extends DomainError {
  constructor(id: string) {
    super(`区划（编号 ${id}，参数 divisionId）不存在，或不在您可以查看的范围内`, ErrorCode.NOT_FOUND, {
      fields: [{ field: 'divisionId', message: '区划不存在或不在您可以查看的范围内' }],
    });
  }
}

const ABOVE_COUNTY = new Set<DivisionLevel>([DivisionLevel.PROVINCE, DivisionLevel.CITY]);

/**
 * What the impact report file says, for one caller and filter: the figures exactly as
 * `impactSummary(filter, groupBy)` gives them (the same service, hence the same statement), the
 * sentences `summaryText` gives, and the words of the filter.
 */
@Injectable()
export class ImpactReportContents {
  constructor(
    private readonly impact: ImpactService,
    private readonly sentences: SummaryTextService,
    private readonly divisions: DivisionService,
    private readonly matches: MatchService,
  ) {}

  async of(ctx: RequestContext, filter: ImpactFilter, grouping: ImpactGrouping | null): Promise<ImpactReportContent> {
    const division = await this.divisionOf(ctx, filter.divisionId ?? ctx.scope);
    // The statement reads the database as of its start: a moment taken just before it is the
    // latest time the figures can be older than.
    const asOf = new Date();
    const report = await this.impact.summary(ctx, filter, grouping);
    const place = division ? await this.placeChain(ctx, division) : [];
    return {
      title: reportTitle(place.length > 0 ? placeInWords(place) : null),
      place: placeInWords(place),
      range: rangeInWords(filter.from, filter.to),
      grouping,
      includeUnapproved: Boolean(filter.includeUnapproved),
      asOf,
      report,
      sentences: await this.sentencesOf(ctx, filter, grouping === ImpactGrouping.TEAM ? report.groups : null),
    };
  }

  private async divisionOf(ctx: RequestContext, id: string | null | undefined): Promise<Division | null> {
    if (!id) return null;
    const division = await this.divisions.findById(ctx, id);
    if (!division) throw new DivisionNotVisibleError(id);
    return division;
  }

  /** The names from the county down to the division (东兰县武篆镇), or its own name above a county. */
  private async placeChain(ctx: RequestContext, division: Division): Promise<string[]> {
    if (ABOVE_COUNTY.has(division.level)) return [division.name];
    const loader = this.divisions.byIdLoader(ctx);
    const ancestors = await Promise.all(division.ancestorIds.filter((id) => id !== division.id).map((id) => loader.load(id)));
    const below = ancestors.filter((ancestor): ancestor is Division => ancestor !== null && !ABOVE_COUNTY.has(ancestor.level));
    return [...below.map((ancestor) => ancestor.name), division.name];
  }

  /**
   * The sentences GraphQL gives for the report's place: `summaryText` of each match there, as
   * `matches(filter: { divisionId })` lists them, then of each team with figures in the report.
   */
  private async sentencesOf(
    ctx: RequestContext,
    filter: ImpactFilter,
    teamGroups: { key: string | null }[] | null,
  ): Promise<ReportSentence[]> {
    const sentences: ReportSentence[] = [];
    const matchTexts = this.sentences.matchLoader(ctx, filter.includeUnapproved);
    const matchFilter = { divisionId: filter.divisionId ?? null };
    for await (const page of everyPage((skip, take) => this.matches.list(ctx, { filter: matchFilter, skip, take }))) {
      const texts = await matchTexts.loadMany(page.map((match) => match.id));
      for (const text of texts) if (typeof text === 'string' && text) sentences.push({ kind: '引企下乡对接', text });
    }
    const groups = teamGroups ?? (await this.impact.summary(ctx, filter, ImpactGrouping.TEAM)).groups;
    const teamIds = groups.flatMap((group) => (group.key === null ? [] : [group.key]));
    const teamTexts = await this.sentences.teamLoader(ctx, filter.includeUnapproved).loadMany(teamIds);
    for (const text of teamTexts) if (typeof text === 'string' && text) sentences.push({ kind: '农业科技服务团', text });
    return sentences;
  }
}
