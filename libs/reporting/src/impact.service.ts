import { Injectable } from '@nestjs/common';

import { normalizeDecimal, type RequestContext } from '@rural/core';
import type { ImpactFilter } from '@rural/outcomes';

import type { ImpactFigures } from './dto/impact-figures.js';
import type { ImpactReport } from './dto/impact-report.js';
import { groupLabel } from './group-label.js';
import { ImpactGrouping, TIME_GROUPINGS } from './impact-grouping.js';
import { LabelOrder } from './label-order.js';
import { reportView, viewKey, type ReportView } from './report-view.js';
import { DIMENSIONS, type ImpactSubject } from './sql/dimensions.js';
import { ImpactRepository, type FigureRow, type TopGroups } from './sql/impact.repository.js';

/** Impact reports: each one SQL statement, aggregated in PostgreSQL, current at every commit. */
@Injectable()
export class ImpactService {
  constructor(private readonly repository: ImpactRepository) {}

  /** The report a filter asks for, counted as the caller may see it (their division; approved figures unless asked). */
  async summary(
    ctx: RequestContext,
    filter: ImpactFilter | null | undefined,
    grouping: ImpactGrouping | null | undefined,
    top?: TopGroups,
  ): Promise<ImpactReport> {
    const view = reportView(ctx, filter?.includeUnapproved);
    const dimension = grouping ? DIMENSIONS[grouping] : null;
    const rows = await this.repository.summaryRows(filter, grouping, view, top);
    const total = rows.find((row) => row.is_total) as FigureRow;
    const groups = rows
      .filter((row) => !row.is_total)
      .map((row) => ({
        key: row.key === '' ? null : row.key,
        label: groupLabel(grouping as ImpactGrouping, row.key ?? '', row.name),
        figures: toFigures(row),
      }));
    // Ranked groups keep the server's order (largest first); the others read in key or name order.
    if (!top) sortGroups(groups, grouping);
    return {
      totals: toFigures(total),
      groups,
      groupCount: top ? Number(total.group_count) : groups.length,
      groupsOverlap: dimension?.overlaps ?? false,
      excludedRecords: Number(total.excluded_records),
    };
  }

  /** The impact of each object in `ids`, for one range: one statement for the whole batch. */
  async impactOf(
    subject: ImpactSubject,
    ids: readonly string[],
    view: ReportView,
    from?: string | null,
    to?: string | null,
  ): Promise<ImpactFigures[]> {
    const rows = await this.repository.subjectRows(subject, ids, view, from, to);
    const byKey = new Map(rows.map((row) => [row.key, toFigures(row)]));
    return ids.map((id) => byKey.get(id) ?? emptyFigures());
  }

  /** One object's impact, batched with every other asked for in this request. */
  async figuresOf(
    ctx: RequestContext,
    subject: ImpactSubject,
    id: string,
    includeUnapproved: boolean | null | undefined,
    from?: string | null,
    to?: string | null,
  ): Promise<ImpactFigures> {
    return (await this.loader(ctx, subject, reportView(ctx, includeUnapproved), from, to).load(id)) ?? emptyFigures();
  }

  /** This request's loader of `impact` for one kind of object, one view and one range. */
  loader(ctx: RequestContext, subject: ImpactSubject, view: ReportView, from?: string | null, to?: string | null) {
    return ctx.loaders.get<string, ImpactFigures>(`impact.${subject}.${viewKey(view)}.${from ?? ''}.${to ?? ''}`, (ids) =>
      this.impactOf(subject, ids, view, from, to),
    );
  }
}

function toFigures(row: FigureRow): ImpactFigures {
  return {
    // numeric sums arrive as text ("11897.00"); canonical form for sentences as well as the wire.
    areaMu: normalizeDecimal(row.area_mu),
    outputValueYuan: normalizeDecimal(row.output_value_yuan),
    jobsPersonTimes: normalizeDecimal(row.jobs_person_times),
    householdRentYuan: normalizeDecimal(row.household_rent_yuan),
    collectiveIncomeYuan: normalizeDecimal(row.collective_income_yuan),
    householdsBenefited: normalizeDecimal(row.households_benefited),
    towns: row.towns,
    villages: row.villages,
    bases: row.bases,
    enterprises: row.enterprises,
    matches: row.matches,
    serviceActivities: row.service_activities,
    farmersTrained: row.farmers_trained,
    records: row.records,
    atLeast: row.at_least,
    unapprovedRecords: row.unapproved_records,
  };
}

export function emptyFigures(): ImpactFigures {
  return {
    areaMu: '0',
    outputValueYuan: '0',
    jobsPersonTimes: '0',
    householdRentYuan: '0',
    collectiveIncomeYuan: '0',
    householdsBenefited: '0',
    towns: 0,
    villages: 0,
    bases: 0,
    enterprises: 0,
    matches: 0,
    serviceActivities: 0,
    farmersTrained: 0,
    records: 0,
    atLeast: false,
    unapprovedRecords: 0,
  };
}

/** Names in the order of the Chinese dictionary (pinyin), remembered across reports. */
const LABELS = new LabelOrder();

/** Time groups in time order, others by name; the "not broken down" group last. */
function sortGroups(groups: ImpactReport['groups'], grouping: ImpactGrouping | null | undefined): void {
  const timeOrdered = grouping ? TIME_GROUPINGS.has(grouping) : false;
  const ranks = timeOrdered ? null : LABELS.ranksOf(groups.map((group) => group.label));
  groups.sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === null ? (b.key === null ? 0 : 1) : -1;
    if (!ranks) return compareText(a.key, b.key) || a.key.length - b.key.length;
    return (ranks.get(a.label) as number) - (ranks.get(b.label) as number) || compareText(a.key, b.key);
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
