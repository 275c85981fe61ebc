import type { ImpactFilter } from './dto/impact-filter.input.js';
import { periodBounds } from './period-range.js';

/** A WHERE fragment with its named (`:name`) parameters, for a TypeORM query builder. */
export interface SqlCondition {
  where: string;
  parameters: Record<string, unknown>;
}

/**
 * The SQL of an ImpactFilter over `outcome_record <alias>`, for the record list (`outcomeRecords`).
 * Each lib keeps its own SQL: the impact reports apply the same rules in their own statement
 * (libs/reporting/src/sql/impact-scope.ts), and test/reporting/sql-snapshots.e2e-spec.ts checks
 * that a filter covers the same records in both.
 *
 * - divisionId: the record's scope lies in the division's subtree (a base through its village).
 * - from/to: the record's period lies wholly inside [first day of `from`, last day of `to`]; a
 *   2025 record is outside "2025Q1"–"2025Q2" (it overlaps it, but part of it lies outside).
 * - enterpriseId: the enterprise of the record's match.
 * - memberId: who gets credit (domain rule 6) — a broker of the record's match or the leader of
 *   its team.
 * - teamId, baseId, matchId: exactly those.
 *
 * Parameters are named `impact…`, and sub-query aliases `impact_…`, to stay clear of the
 * list query's own. A reversed range throws BAD_USER_INPUT on `to`.
 */
export function impactFilterSql(filter: ImpactFilter | null | undefined, alias = 'r'): SqlCondition {
  const conditions: string[] = [];
  const parameters: Record<string, unknown> = {};
  const column = (name: string) => `${alias}.${name}`;
  const add = (condition: string, name: string, value: unknown) => {
    conditions.push(condition);
    parameters[name] = value;
  };

  if (filter?.divisionId) {
    // place_path is the record's place and its ancestors, copied by a trigger (GIN-indexed).
    add(`${column('place_path')} @> ARRAY[:impactDivisionId]::bigint[]`, 'impactDivisionId', filter.divisionId);
  }
  const { firstDay, lastDay } = periodBounds(filter?.from, filter?.to);
  if (firstDay) add(`${column('period_start')} >= :impactFirstDay`, 'impactFirstDay', firstDay);
  if (lastDay) add(`${column('period_end')} <= :impactLastDay`, 'impactLastDay', lastDay);
  if (filter?.enterpriseId) add(`${column('enterprise_id')} = :impactEnterpriseId`, 'impactEnterpriseId', filter.enterpriseId);
  if (filter?.memberId) {
    add(
      `EXISTS (SELECT 1 FROM match_broker impact_broker WHERE impact_broker.match_id = ${column('match_id')} AND impact_broker.member_id = :impactMemberId)` +
        ` OR EXISTS (SELECT 1 FROM service_team impact_team WHERE impact_team.id = ${column('team_id')} AND impact_team.leader_id = :impactMemberId)`,
      'impactMemberId',
      filter.memberId,
    );
  }
  if (filter?.teamId) add(`${column('team_id')} = :impactTeamId`, 'impactTeamId', filter.teamId);
  if (filter?.baseId) add(`${column('base_id')} = :impactBaseId`, 'impactBaseId', filter.baseId);
  if (filter?.matchId) add(`${column('match_id')} = :impactMatchId`, 'impactMatchId', filter.matchId);

  return { where: conditions.length > 0 ? conditions.map((condition) => `(${condition})`).join(' AND ') : 'TRUE', parameters };
}
