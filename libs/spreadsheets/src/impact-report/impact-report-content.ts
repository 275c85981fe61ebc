import { Injectable } from '@nestjs/common';

import type { RequestContext } from '@rural/core';
import { MatchService, type Match } from '@rural/matches';
import type { ImpactFilter } from '@rural/outcomes';
import { ImpactGrouping, ImpactService, SummaryTextService, type ImpactGroup } from '@rural/reporting';

import { everyPage } from '../exports/kind-export.js';
import { FilterSubjectNames } from './filter-subjects.js';
import { placeInWords, rangeInWords, reportTitle } from './filter-words.js';
import type { ImpactReportContent, ReportSentence } from './impact-workbook.js';

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
    private readonly subjects: FilterSubjectNames,
    private readonly matches: MatchService,
  ) {}

  async of(ctx: RequestContext, filter: ImpactFilter, grouping: ImpactGrouping | null): Promise<ImpactReportContent> {
    // Names first: an id the caller cannot see is refused before any figure is counted.
    const { place, lines } = await this.subjects.of(ctx, filter);
    // The statement reads the database as of its start: a moment taken just before it is the
    // latest time the figures can be older than.
    const asOf = new Date();
    const report = await this.impact.summary(ctx, filter, grouping);
    return {
      title: reportTitle(place.length > 0 ? placeInWords(place) : null),
      place: placeInWords(place),
      subjects: lines,
      range: rangeInWords(filter.from, filter.to),
      grouping,
      includeUnapproved: Boolean(filter.includeUnapproved),
      asOf,
      report,
      sentences: await this.sentencesOf(ctx, filter, grouping === ImpactGrouping.TEAM ? report.groups : null),
    };
  }

  /**
   * The sentences GraphQL gives for what the report covers: `summaryText` of each match the filter
   * covers (as `matches(filter: { divisionId, enterpriseId, memberId })` lists them, narrowed to the
   * filter's base or match; none for a team, which has no matches), then of each team with
   * figures in the report.
   */
  private async sentencesOf(ctx: RequestContext, filter: ImpactFilter, teamGroups: ImpactGroup[] | null): Promise<ReportSentence[]> {
    const sentences: ReportSentence[] = [];
    const matchTexts = this.sentences.matchLoader(ctx, filter.includeUnapproved);
    for await (const page of this.coveredMatches(ctx, filter)) {
      const texts = await matchTexts.loadMany(page.map((match) => match.id));
      for (const text of texts) if (typeof text === 'string' && text) sentences.push({ kind: '引企下乡对接', text });
    }
    const groups = teamGroups ?? (await this.impact.summary(ctx, filter, ImpactGrouping.TEAM)).groups;
    const teamIds = groups.flatMap((group) => (group.key === null ? [] : [group.key]));
    const teamTexts = await this.sentences.teamLoader(ctx, filter.includeUnapproved).loadMany(teamIds);
    for (const text of teamTexts) if (typeof text === 'string' && text) sentences.push({ kind: '农业科技服务团', text });
    return sentences;
  }

  private async *coveredMatches(ctx: RequestContext, filter: ImpactFilter): AsyncIterable<Match[]> {
    if (filter.teamId) return;
    const listed = { divisionId: filter.divisionId ?? null, enterpriseId: filter.enterpriseId ?? null, memberId: filter.memberId ?? null };
    for await (const page of everyPage((skip, take) => this.matches.list(ctx, { filter: listed, skip, take }))) {
      const covered = page.filter(
        (match) => (!filter.matchId || match.id === filter.matchId) && (!filter.baseId || match.baseId === filter.baseId),
      );
      if (covered.length > 0) yield covered;
    }
  }
}
