import { impactFilterSql, periodBounds, type ImpactFilter } from '@rural/outcomes';

import type { ReportView } from './report-view.js';

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

/**
 * One filter, applied alike to records, service activities and matches (domain rule 5). A
 * filter by enterprise or match leaves activities out (a visit belongs to no match); a filter by
 * team leaves signed matches out (a match belongs to no team); a member is credited with the
 * matches they brokered and the visits of the teams they lead.
 */
export function impactScopeSql(filter: ImpactFilter | null | undefined, view: ReportView = WHOLE_APPROVED): ImpactScope {
  const { from: _from, to: _to, ...placeAndActors } = filter ?? {};
  const records = impactFilterSql(placeAndActors, 'r');
  const { firstDay, lastDay } = periodBounds(filter?.from, filter?.to);
  const parameters: Record<string, unknown> = { ...records.parameters, scopeFirstDay: firstDay ?? null, scopeLastDay: lastDay ?? null };

  const recordConditions = [records.where];
  const activities: string[] = [];
  const signed: string[] = [];
  /** Activities and signed matches in a division's subtree (both join that village as `v`). */
  const placedWithin = (parameter: string, divisionId: string) => {
    parameters[parameter] = divisionId;
    activities.push(`v.ancestor_ids @> ARRAY[:${parameter}]::bigint[]`);
    signed.push(`v.ancestor_ids @> ARRAY[:${parameter}]::bigint[]`);
  };
  if (view.divisionId) {
    // The caller sees their own subtree only: whatever the filter says, nothing outside counts.
    placedWithin('callerDivisionId', view.divisionId);
    recordConditions.push('r.place_path @> ARRAY[:callerDivisionId]::bigint[]');
  }
  if (filter?.divisionId) placedWithin('scopeDivisionId', filter.divisionId);
  if (filter?.enterpriseId || filter?.matchId) activities.push('FALSE');
  if (filter?.enterpriseId) {
    parameters.scopeEnterpriseId = filter.enterpriseId;
    signed.push('m.enterprise_id = :scopeEnterpriseId');
  }
  if (filter?.matchId) {
    parameters.scopeMatchId = filter.matchId;
    signed.push('m.id = :scopeMatchId');
  }
  if (filter?.teamId) {
    parameters.scopeTeamId = filter.teamId;
    activities.push('a.team_id = :scopeTeamId');
    signed.push('FALSE');
  }
  if (filter?.baseId) {
    parameters.scopeBaseId = filter.baseId;
    activities.push('a.base_id = :scopeBaseId');
    signed.push('m.base_id = :scopeBaseId');
  }
  if (filter?.memberId) {
    parameters.scopeMemberId = filter.memberId;
    activities.push('t.leader_id = :scopeMemberId');
    signed.push(
      'EXISTS (SELECT 1 FROM match_broker scope_broker WHERE scope_broker.match_id = m.id AND scope_broker.member_id = :scopeMemberId)',
    );
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
  ].filter(Boolean);
  const overlapping = [
    firstDay ? 'r.period_end >= :scopeFirstDay::date' : null,
    lastDay ? 'r.period_start <= :scopeLastDay::date' : null,
  ].filter(Boolean);

  return {
    records: and(recordConditions),
    inside: and(inside as string[]),
    // Without a range every record is inside, so none is left out; and as no period (a year, a
    // quarter, a month) crosses a new year, none is left out of a range of whole years either.
    overlapping:
      inside.length === 0 || wholeYears(firstDay, lastDay)
        ? 'FALSE'
        : `${and(overlapping as string[])} AND NOT (${and(inside as string[])})`,
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
