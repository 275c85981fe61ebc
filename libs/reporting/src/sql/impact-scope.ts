import { periodBounds, type ImpactFilter } from '@rural/outcomes';

import type { ReportView } from '../report-view.js';

/** WHERE fragments (named parameters) for the three things a report counts. */
export interface ImpactScope {
  /** Outcome records `r` in scope, whatever their period. */
  records: string;
  /** Records `r` whose period lies inside the range. */
  inside: string;
  /** Records `r` that overlap the range without lying inside it. */
  overlapping: string;
  /** Service activities `a` (joined with base `b`, village `v`, team `t`) in scope and range. */
  activities: string;
  /** Matches `m` (joined with village `v`) in scope, signed inside the range. */
  signed: string;
  /** Records `r` whose figures count: approved ones, or all when the view includes the rest. */
  counted: string;
  parameters: Record<string, unknown>;
}

/** The fields of a filter that pick places and actors (the range is applied apart). */
type FilterField = 'divisionId' | 'enterpriseId' | 'memberId' | 'teamId' | 'baseId' | 'matchId';

interface FieldConditions {
  parameter: string;
  records: string;
  activities: string;
  signed: string;
}

/**
 * What each field of a filter keeps, alike for records, service activities and matches (domain
 * rule 5). A filter by enterprise or match leaves activities out (a visit belongs to no match); a
 * filter by team leaves signed matches out (a match belongs to no team); a member is credited with
 * the records of the matches they brokered and of the teams they lead (domain rule 6), the matches
 * they brokered and the visits of the teams they lead. The parameter is named after the field.
 *
 * The record list of `outcomes` applies the same rules to its own query; the e2e spec
 * test/reporting/sql-snapshots.e2e-spec.ts checks that the two count the same records.
 */
const FILTER_FIELDS: Record<FilterField, FieldConditions> = {
  // place_path is the record's place and its ancestors, copied by a trigger (GIN-indexed).
  divisionId: {
    parameter: 'scopeDivisionId',
    records: 'r.place_path @> ARRAY[:scopeDivisionId]::bigint[]',
    activities: 'v.ancestor_ids @> ARRAY[:scopeDivisionId]::bigint[]',
    signed: 'v.ancestor_ids @> ARRAY[:scopeDivisionId]::bigint[]',
  },
  enterpriseId: {
    parameter: 'scopeEnterpriseId',
    records: 'r.enterprise_id = :scopeEnterpriseId',
    activities: 'FALSE',
    signed: 'm.enterprise_id = :scopeEnterpriseId',
  },
  memberId: {
    parameter: 'scopeMemberId',
    records:
      'EXISTS (SELECT 1 FROM match_broker scope_broker WHERE scope_broker.match_id = r.match_id AND scope_broker.member_id = :scopeMemberId)' +
      ' OR EXISTS (SELECT 1 FROM service_team scope_team WHERE scope_team.id = r.team_id AND scope_team.leader_id = :scopeMemberId)',
    activities: 't.leader_id = :scopeMemberId',
    signed:
      'EXISTS (SELECT 1 FROM match_broker scope_broker WHERE scope_broker.match_id = m.id AND scope_broker.member_id = :scopeMemberId)',
  },
  teamId: { parameter: 'scopeTeamId', records: 'r.team_id = :scopeTeamId', activities: 'a.team_id = :scopeTeamId', signed: 'FALSE' },
  baseId: {
    parameter: 'scopeBaseId',
    records: 'r.base_id = :scopeBaseId',
    activities: 'a.base_id = :scopeBaseId',
    signed: 'm.base_id = :scopeBaseId',
  },
  matchId: { parameter: 'scopeMatchId', records: 'r.match_id = :scopeMatchId', activities: 'FALSE', signed: 'm.id = :scopeMatchId' },
};

/**
 * One filter, applied alike to records, service activities and matches, inside what the view
 * lets the caller see. Conditions come in a fixed order (the view, then the fields in the order
 * of FILTER_FIELDS, then the range), so the same filter always renders the same text.
 */
export function impactScopeSql(filter: ImpactFilter | null | undefined, view: ReportView = WHOLE_APPROVED): ImpactScope {
  const { firstDay, lastDay } = periodBounds(filter?.from, filter?.to);
  const parameters: Record<string, unknown> = { scopeFirstDay: firstDay ?? null, scopeLastDay: lastDay ?? null };
  const records: string[] = [];
  const activities: string[] = [];
  const signed: string[] = [];

  if (view.divisionId) {
    // The caller sees their own subtree only: whatever the filter says, nothing outside counts.
    parameters.callerDivisionId = view.divisionId;
    records.push('r.place_path @> ARRAY[:callerDivisionId]::bigint[]');
    activities.push('v.ancestor_ids @> ARRAY[:callerDivisionId]::bigint[]');
    signed.push('v.ancestor_ids @> ARRAY[:callerDivisionId]::bigint[]');
  }
  for (const [field, conditions] of Object.entries(FILTER_FIELDS) as [FilterField, FieldConditions][]) {
    const value = filter?.[field];
    if (!value) continue;
    parameters[conditions.parameter] = value;
    records.push(conditions.records);
    activities.push(conditions.activities);
    signed.push(conditions.signed);
  }
  if (firstDay) {
    activities.push('a.date >= :scopeFirstDay::date');
    signed.push('m.signed_on >= :scopeFirstDay::date');
  }
  if (lastDay) {
    activities.push('a.date <= :scopeLastDay::date');
    signed.push('m.signed_on <= :scopeLastDay::date');
  }

  const inside = [
    firstDay ? 'r.period_start >= :scopeFirstDay::date' : null,
    lastDay ? 'r.period_end <= :scopeLastDay::date' : null,
  ].filter((condition) => condition !== null);
  const overlapping = [
    firstDay ? 'r.period_end >= :scopeFirstDay::date' : null,
    lastDay ? 'r.period_start <= :scopeLastDay::date' : null,
  ].filter((condition) => condition !== null);

  return {
    records: and(records),
    inside: and(inside),
    // Without a range every record is inside, so none is left out; and as no period (a year, a
    // quarter, a month) crosses a new year, none is left out of a range of whole years either.
    overlapping: inside.length === 0 || wholeYears(firstDay, lastDay) ? 'FALSE' : `${and(overlapping)} AND NOT (${and(inside)})`,
    activities: and(activities),
    signed: and(signed),
    counted: view.includeUnapproved ? 'TRUE' : `r.status = 'APPROVED'`,
    parameters,
  };
}

/** Whether a range starts on 1 January (or is open) and ends on 31 December (or is open). Days are ISO dates. */
function wholeYears(firstDay: string | undefined, lastDay: string | undefined): boolean {
  return (!firstDay || firstDay.endsWith('-01-01')) && (!lastDay || lastDay.endsWith('-12-31'));
}

const WHOLE_APPROVED: ReportView = { includeUnapproved: false, divisionId: null };

function and(conditions: string[]): string {
  return conditions.length === 0 ? 'TRUE' : conditions.map((condition) => `(${condition})`).join(' AND ');
}
