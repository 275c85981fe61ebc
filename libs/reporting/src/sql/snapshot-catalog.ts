import type { ImpactFilter } from '@rural/outcomes';

import { ImpactRanking } from '../dto/impact-ranking.js';
import { ImpactGrouping } from '../impact-grouping.js';
import type { ReportView } from '../report-view.js';
import type { ImpactSubject } from './dimensions.js';
import {
  impactSummaryStatement,
  matchFactsStatement,
  subjectImpactStatement,
  summaryCellsStatement,
  teamNamesStatement,
} from './impact.repository.js';
import type { SqlStatement } from './sql-statement.js';
import { summaryPlan } from './summary-statement.js';

/**
 * Which statements libs/reporting/queries/*.sql hold, rendered from sample inputs: every report
 * shape the code can send. A file is one family; a statement's name says what it was rendered
 * for. Sample ids are plain numbers (the e2e spec EXPLAINs every statement with them).
 */
export interface SnapshotFile {
  file: string;
  statements: { name: string; statement: SqlStatement }[];
}

const EVERY_FIELD: ImpactFilter = { divisionId: '3', enterpriseId: '4', memberId: '5', teamId: '6', baseId: '7', matchId: '8' };
// Not whole years, so the count of records left out of the range is part of the statement.
const RANGE = { from: '2024Q2', to: '2025Q1' };
const WHOLE: ReportView = { includeUnapproved: false, divisionId: null };
const SCOPED: ReportView = { includeUnapproved: false, divisionId: '2' };
const BATCH = ['11', '12'];

/** The `impact` field's GraphQL types, by the subject that computes them. */
const SUBJECT_TYPES: Record<ImpactSubject, string> = {
  MATCH: 'Match',
  TEAM: 'ServiceTeam',
  DIVISION: 'Division',
  BASE: 'Base',
  ENTERPRISE: 'Enterprise',
  MEMBER: 'Member',
};

/**
 * The report without grouping in every combination of filter, range and scope; each grouping with
 * nothing and with everything (subjects, range, scope), since a grouping changes only the grouping
 * parts of the statement — a reviewer reads the rest once, in the ungrouped file.
 */
function summaryFile(grouping: ImpactGrouping | null): SnapshotFile {
  const statements: SnapshotFile['statements'] = [];
  for (const filtered of [false, true]) {
    for (const ranged of [false, true]) {
      for (const view of [WHOLE, SCOPED]) {
        const plainOrFull = (!filtered && !ranged && view === WHOLE) || (filtered && ranged && view === SCOPED);
        if (grouping && !plainOrFull) continue;
        const filter: ImpactFilter = { ...(filtered ? EVERY_FIELD : {}), ...(ranged ? RANGE : {}) };
        statements.push({
          name: `impactSummary(groupBy: ${grouping ?? 'none'}), ${describeFilter(filter)}, ${describeView(view)}`,
          statement: impactSummaryStatement(filter, grouping, view),
        });
      }
    }
  }
  return { file: `impact-summary.${grouping?.toLowerCase() ?? 'ungrouped'}.sql`, statements };
}

/** Each filter field alone, open and whole-year ranges, unapproved figures: what the matrix above leaves out. */
function filtersFile(): SnapshotFile {
  const filters: { filter: ImpactFilter; view: ReportView }[] = [
    ...Object.entries(EVERY_FIELD).map(([field, id]) => ({ filter: { [field]: id }, view: WHOLE })),
    { filter: { from: RANGE.from }, view: WHOLE },
    { filter: { to: RANGE.to }, view: WHOLE },
    { filter: { from: '2024', to: '2025' }, view: WHOLE },
    { filter: {}, view: { includeUnapproved: true, divisionId: null } },
    { filter: RANGE, view: { includeUnapproved: true, divisionId: SCOPED.divisionId } },
  ];
  return {
    file: 'impact-summary.filters.sql',
    statements: filters.map(({ filter, view }) => ({
      name: `impactSummary(groupBy: none), ${describeFilter(filter)}, ${describeView(view)}`,
      statement: impactSummaryStatement(filter, null, view),
    })),
  };
}

/**
 * The same reports read from the summary cells (docs/reports.md): each grouping the cells answer,
 * with no range (all-time rows), whole years (year rows) and a range of months (month cells), for
 * a division inside the caller's; and one ranked report (`top`).
 */
function summaryCellsFile(): SnapshotFile {
  const statements: SnapshotFile['statements'] = [];
  const ranges: ImpactFilter[] = [{}, { from: '2024', to: '2025' }, RANGE];
  for (const grouping of [null, ...Object.values(ImpactGrouping)]) {
    for (const range of ranges) {
      const filter: ImpactFilter = { divisionId: '3', ...range };
      const plan = summaryPlan(filter, grouping, SCOPED);
      if (!plan) continue;
      statements.push({
        name: `impactSummary(groupBy: ${grouping ?? 'none'}) from the summary cells (${plan.cells}), ${describeFilter(filter)}, ${describeView(SCOPED)}`,
        statement: summaryCellsStatement(plan),
      });
    }
  }
  const ranked = summaryPlan({ divisionId: '3' }, ImpactGrouping.ENTERPRISE, WHOLE);
  if (ranked)
    statements.push({
      name: 'impactSummary(groupBy: ENTERPRISE, top: 20, topBy: OUTPUT_VALUE_YUAN) from the summary cells, filter divisionId, all periods',
      statement: summaryCellsStatement(ranked, { count: 20, by: ImpactRanking.OUTPUT_VALUE_YUAN }),
    });
  return { file: 'impact-summary.cells.sql', statements };
}

function impactFieldFile(): SnapshotFile {
  const statements: SnapshotFile['statements'] = [];
  for (const [subject, type] of Object.entries(SUBJECT_TYPES) as [ImpactSubject, string][]) {
    statements.push(
      { name: `${type}.impact, all periods, ${describeView(WHOLE)}`, statement: subjectImpactStatement(subject, BATCH, WHOLE) },
      {
        name: `${type}.impact(from: ${RANGE.from}, to: ${RANGE.to}), ${describeView(SCOPED)}`,
        statement: subjectImpactStatement(subject, BATCH, SCOPED, RANGE.from, RANGE.to),
      },
    );
  }
  return { file: 'impact-field.sql', statements };
}

function summaryTextFile(): SnapshotFile {
  return {
    file: 'summary-text.sql',
    statements: [
      { name: 'Match.summaryText: names and the latest year’s flows', statement: matchFactsStatement(BATCH, WHOLE) },
      // The team's figures come from ServiceTeam.impact (impact-field.sql), batched with it.
      { name: 'ServiceTeam.summaryText: team and leader names', statement: teamNamesStatement(BATCH) },
    ],
  };
}

function describeFilter(filter: ImpactFilter): string {
  const fields = Object.entries(filter).filter(([field]) => field !== 'from' && field !== 'to');
  const what = fields.length === 0 ? 'no filter' : fields.length === 1 ? `filter ${fields[0][0]}` : 'every filter field';
  const range = filter.from || filter.to ? `from ${filter.from ?? '…'} to ${filter.to ?? '…'}` : 'all periods';
  return `${what}, ${range}`;
}

function describeView(view: ReportView): string {
  const where = view.divisionId ? `caller in division ${view.divisionId}` : 'whole database';
  return view.includeUnapproved ? `${where}, unapproved included` : where;
}

export function snapshotCatalog(): SnapshotFile[] {
  return [
    summaryFile(null),
    ...Object.values(ImpactGrouping).map((grouping) => summaryFile(grouping)),
    filtersFile(),
    summaryCellsFile(),
    impactFieldFile(),
    summaryTextFile(),
  ];
}
