import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { normalizeDecimal, type RequestLoaders } from '@rural/core';
import type { ImpactFilter } from '@rural/outcomes';
import { DIMENSIONS, SUBJECT_DIMENSIONS, type ImpactSubject } from './impact-dimensions.js';
import type { ImpactFigures } from './dto/impact-figures.js';
import type { ImpactReport } from './dto/impact-report.js';
import { ImpactGrouping, TIME_GROUPINGS } from './impact-grouping.js';
import { groupLabel } from './group-label.js';
import { impactStatement } from './impact-query.sql.js';
import { impactScopeSql } from './impact-scope.sql.js';
import { narrowToSubjects } from './subject-scope.sql.js';

interface FigureRow {
  is_total: boolean;
  key: string | null;
  name: string | null;
  area_mu: string;
  output_value_yuan: string;
  jobs_person_times: string;
  household_rent_yuan: string;
  collective_income_yuan: string;
  households_benefited: string;
  towns: number;
  villages: number;
  bases: number;
  enterprises: number;
  matches: number;
  service_activities: number;
  farmers_trained: number;
  records: number;
  at_least: boolean;
  excluded_records: string | number;
}

/** Impact reports: each one SQL statement, aggregated in PostgreSQL, current at every commit. */
@Injectable()
export class ImpactService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async summary(filter: ImpactFilter | null | undefined, grouping: ImpactGrouping | null | undefined): Promise<ImpactReport> {
    const scope = impactScopeSql(filter);
    const dimension = grouping ? DIMENSIONS[grouping] : null;
    const rows = await this.run(impactStatement(scope, dimension, { withTotals: true, subjectsOnly: false, withLeader: grouping === ImpactGrouping.MEMBER }), scope.parameters);
    const total = rows.find((row) => row.is_total) as FigureRow;
    const groups = rows
      .filter((row) => !row.is_total)
      .map((row) => ({ key: row.key === '' ? null : row.key, label: groupLabel(grouping as ImpactGrouping, row.key ?? '', row.name), figures: toFigures(row) }))
      .sort(byKey(grouping));
    return { totals: toFigures(total), groups, groupsOverlap: dimension?.overlaps ?? false, excludedRecords: Number(total.excluded_records) };
  }

  /** The impact of each object in `ids`, for one range: one statement for the whole batch. */
  async impactOf(subject: ImpactSubject, ids: readonly string[], from?: string | null, to?: string | null): Promise<ImpactFigures[]> {
    const scope = narrowToSubjects(impactScopeSql({ from, to }), subject, ids);
    const rows = await this.run(impactStatement(scope, SUBJECT_DIMENSIONS[subject], { withTotals: false, subjectsOnly: true, withLeader: subject === 'MEMBER' }), scope.parameters);
    const byKey = new Map(rows.map((row) => [row.key, toFigures(row)]));
    return ids.map((id) => byKey.get(id) ?? emptyFigures());
  }

  /** One object's impact, batched with every other asked for in this request. */
  async figuresOf(loaders: RequestLoaders, subject: ImpactSubject, id: string, from?: string | null, to?: string | null): Promise<ImpactFigures> {
    return (await this.loader(loaders, subject, from, to).load(id)) ?? emptyFigures();
  }

  /** This request's loader of `impact` for one kind of object and one range. */
  loader(loaders: RequestLoaders, subject: ImpactSubject, from?: string | null, to?: string | null) {
    return loaders.get<string, ImpactFigures>(`impact.${subject}.${from ?? ''}.${to ?? ''}`, (ids) => this.impactOf(subject, ids, from, to));
  }

  private run(sql: string, parameters: Record<string, unknown>): Promise<FigureRow[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return this.dataSource.query(query, values);
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
  };
}

export function emptyFigures(): ImpactFigures {
  return {
    areaMu: '0', outputValueYuan: '0', jobsPersonTimes: '0', householdRentYuan: '0', collectiveIncomeYuan: '0', householdsBenefited: '0',
    towns: 0, villages: 0, bases: 0, enterprises: 0, matches: 0, serviceActivities: 0, farmersTrained: 0, records: 0, atLeast: false,
  };
}

/** Time groups in time order, others by name; the "not broken down" group last. */
function byKey(grouping: ImpactGrouping | null | undefined) {
  const timeOrdered = grouping ? TIME_GROUPINGS.has(grouping) : false;
  return (a: { key: string | null; label: string }, b: { key: string | null; label: string }) => {
    if (a.key === null || b.key === null) return a.key === null ? (b.key === null ? 0 : 1) : -1;
    if (timeOrdered) return a.key.localeCompare(b.key) || a.key.length - b.key.length;
    return a.label.localeCompare(b.label, 'zh-Hans-CN') || a.key.localeCompare(b.key);
  };
}
