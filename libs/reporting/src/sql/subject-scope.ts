import type { ImpactSubject } from './dimensions.js';
import type { ImpactScope } from './impact-scope.js';

/**
 * Narrows a scope to the objects of one `impact` batch (`:subjects`) before anything is
 * aggregated, so a page of 100 matches reads their records through the indexes, not the table.
 */
const NARROWING: Record<ImpactSubject, { records: string; activities: string; signed: string }> = {
  MATCH: { records: 'r.match_id = ANY(:subjects::bigint[])', activities: 'FALSE', signed: 'm.id = ANY(:subjects::bigint[])' },
  TEAM: { records: 'r.team_id = ANY(:subjects::bigint[])', activities: 'a.team_id = ANY(:subjects::bigint[])', signed: 'FALSE' },
  BASE: {
    records: 'r.base_id = ANY(:subjects::bigint[])',
    activities: 'a.base_id = ANY(:subjects::bigint[])',
    signed: 'm.base_id = ANY(:subjects::bigint[])',
  },
  ENTERPRISE: {
    records: 'r.enterprise_id = ANY(:subjects::bigint[])',
    activities: 'FALSE',
    signed: 'm.enterprise_id = ANY(:subjects::bigint[])',
  },
  MEMBER: {
    records:
      'r.match_id IN (SELECT subject_broker.match_id FROM match_broker subject_broker WHERE subject_broker.member_id = ANY(:subjects::bigint[]))' +
      ' OR r.team_id IN (SELECT subject_team.id FROM service_team subject_team WHERE subject_team.leader_id = ANY(:subjects::bigint[]))',
    activities: 't.leader_id = ANY(:subjects::bigint[])',
    signed:
      'm.id IN (SELECT subject_broker.match_id FROM match_broker subject_broker WHERE subject_broker.member_id = ANY(:subjects::bigint[]))',
  },
  DIVISION: {
    records: 'r.place_path && :subjects::bigint[]',
    activities: 'v.ancestor_ids && :subjects::bigint[]',
    signed: 'v.ancestor_ids && :subjects::bigint[]',
  },
};

export function narrowToSubjects(scope: ImpactScope, subject: ImpactSubject, ids: readonly string[]): ImpactScope {
  const narrowing = NARROWING[subject];
  return {
    ...scope,
    records: `(${scope.records}) AND (${narrowing.records})`,
    activities: `(${scope.activities}) AND (${narrowing.activities})`,
    signed: `(${scope.signed}) AND (${narrowing.signed})`,
    parameters: { ...scope.parameters, subjects: [...ids] },
  };
}
