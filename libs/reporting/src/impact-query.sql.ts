import type { Dimension } from './impact-dimensions.js';
import type { ImpactScope } from './impact-scope.sql.js';

/**
 * The one SQL statement behind every impact figure (domain.md, "How figures add up").
 *
 * - Flows add: SUM over the records in scope.
 * - Stocks do not add over time: each series' (scope + match + team) latest value in range —
 *   per group, that group's own latest — then SUM across series.
 * - Nothing counted twice: totals come from the records themselves, never from adding groups,
 *   so overlapping groups (MEMBER) cannot inflate them.
 * - Nothing disappears: a record without a group key lands in the key '' ("not broken down").
 * - Reach is counted: distinct towns, villages, bases from records and activities; matches from
 *   records plus matches signed in range; enterprises of the matches counted.
 *
 * One row per group (`is_total` false) and, when `withTotals`, one totals row.
 */
export function impactStatement(scope: ImpactScope, dimension: Dimension | null, options: { withTotals: boolean; subjectsOnly: boolean; withLeader: boolean }): string {
  const grouped = dimension !== null;
  const restrict = options.subjectsOnly ? 'WHERE gkey = ANY(:subjects::text[])' : '';
  const keyed = (source: string, alias: string, key: { key: string; join?: string }) =>
    `SELECT * FROM (SELECT ${alias}.*, COALESCE((${key.key})::text, '') AS gkey FROM ${source} ${alias} ${key.join ?? ''}) keyed_rows ${restrict}`;

  const common = `
    scoped AS (
      SELECT r.id, r.base_id, r.division_id, r.match_id, r.team_id, r.period, r.period_start, r.period_end,
             r.area_mu, r.output_value_yuan, r.jobs_person_times, r.household_rent_yuan, r.collective_income_yuan,
             r.households_benefited, r.at_least, r.place_id, r.place_path AS place_ancestors, r.town_id, r.village_id, r.enterprise_id
        FROM outcome_record r
       WHERE ${scope.records}
    ),
    inside AS (
      SELECT s.*, ${options.withLeader ? 't.leader_id' : 'NULL::bigint AS leader_id'}
        FROM scoped s ${options.withLeader ? 'LEFT JOIN service_team t ON t.id = s.team_id' : ''}
       WHERE ${scope.inside}
    ),
    activities AS (
      SELECT a.id, a.team_id, a.base_id, a.farmers_trained, a.date, b.village_id, v.town_id, v.ancestor_ids AS place_ancestors, t.leader_id
        FROM service_activity a
        JOIN base b ON b.id = a.base_id
        JOIN division v ON v.id = b.village_id
        JOIN service_team t ON t.id = a.team_id
       WHERE ${scope.activities}
    ),
    signed AS (
      SELECT m.id, m.enterprise_id, m.base_id, m.village_id, v.town_id, v.ancestor_ids AS place_ancestors, m.signed_on
        FROM match m JOIN division v ON v.id = m.village_id
       WHERE ${scope.signed}
    )`;

  const groupCtes = grouped
    ? `,
    keyed AS (${keyed('inside', 'i', dimension.record)}),
    activities_keyed AS (${keyed('activities', 'a', dimension.activity)}),
    signed_keyed AS (${keyed('signed', 'sm', dimension.signed)}),
    group_series AS (
      SELECT gkey, ${latest('area_mu')} AS area_mu, ${latest('households_benefited')} AS households_benefited
        FROM keyed GROUP BY gkey, base_id, division_id, match_id, team_id
    ),
    group_figures AS (
      SELECT gkey, ${flowSums()}, count(*) AS records, bool_or(at_least) AS at_least FROM keyed GROUP BY gkey
    ),
    group_stocks AS (
      SELECT gkey, sum(area_mu) AS area_mu, sum(households_benefited) AS households_benefited FROM group_series GROUP BY gkey
    ),
    group_reach AS (
      SELECT gkey, ${reachCounts()} FROM (SELECT DISTINCT gkey, kind, item FROM (${reachItems('keyed', 'activities_keyed', 'signed_keyed', true)}) items WHERE item IS NOT NULL) reached GROUP BY gkey
    ),
    group_activities AS (
      SELECT gkey, count(DISTINCT id) AS service_activities, sum(farmers_trained) AS farmers_trained FROM activities_keyed GROUP BY gkey
    ),
    group_keys AS (
      SELECT gkey FROM keyed UNION SELECT gkey FROM activities_keyed UNION SELECT gkey FROM signed_keyed
    )`
    : '';

  const totalCtes = options.withTotals
    ? `,
    total_series AS (
      SELECT ${latest('area_mu')} AS area_mu, ${latest('households_benefited')} AS households_benefited
        FROM inside GROUP BY base_id, division_id, match_id, team_id
    ),
    total_reach AS (
      SELECT ${reachCounts()} FROM (SELECT DISTINCT kind, item FROM (${reachItems('inside', 'activities', 'signed', false)}) items WHERE item IS NOT NULL) reached
    )`
    : '';

  const groupSelect = grouped
    ? `
    SELECT false AS is_total, k.gkey AS key, ${dimension.names ? `(SELECT n.${dimension.names.column} FROM ${dimension.names.table} n WHERE k.gkey <> '' AND n.id = k.gkey::bigint)` : 'NULL'} AS name,
           ${figureColumns('f', 'st', 'rc', 'ga')}, 0 AS excluded_records
      FROM group_keys k
      LEFT JOIN group_figures f ON f.gkey = k.gkey
      LEFT JOIN group_stocks st ON st.gkey = k.gkey
      LEFT JOIN group_reach rc ON rc.gkey = k.gkey
      LEFT JOIN group_activities ga ON ga.gkey = k.gkey`
    : '';

  const totalSelect = options.withTotals
    ? `
    SELECT true AS is_total, NULL AS key, NULL AS name,
           ${figureColumns('f', 'st', 'rc', 'ga')},
           (SELECT count(*) FROM scoped s WHERE ${scope.overlapping}) AS excluded_records
      FROM (SELECT ${flowSums()}, count(*) AS records, bool_or(at_least) AS at_least FROM inside) f,
           (SELECT sum(area_mu) AS area_mu, sum(households_benefited) AS households_benefited FROM total_series) st,
           total_reach rc,
           (SELECT count(*) AS service_activities, sum(farmers_trained) AS farmers_trained FROM activities) ga`
    : '';

  const selects = [groupSelect, totalSelect].filter(Boolean).join('\n    UNION ALL');
  return `WITH ${common}${groupCtes}${totalCtes}\n${selects}`;
}

/** The latest non-null value of a stock in a series: latest period end, then the finer period. */
function latest(column: string): string {
  return `(array_agg(${column} ORDER BY period_end DESC, period_start DESC) FILTER (WHERE ${column} IS NOT NULL))[1]`;
}

function flowSums(): string {
  return ['output_value_yuan', 'jobs_person_times', 'household_rent_yuan', 'collective_income_yuan']
    .map((column) => `sum(${column}) AS ${column}`)
    .join(', ');
}

/** The places, bases, matches and enterprises reached, one row each (kind 1–5). */
function reachItems(records: string, activities: string, signed: string, withKey: boolean): string {
  const key = withKey ? 'gkey, ' : '';
  return [
    `SELECT ${key}1 AS kind, town_id AS item FROM ${records}`,
    `SELECT ${key}2, village_id FROM ${records}`,
    `SELECT ${key}3, base_id FROM ${records}`,
    `SELECT ${key}4, match_id FROM ${records}`,
    `SELECT ${key}5, enterprise_id FROM ${records}`,
    `SELECT ${key}1, town_id FROM ${activities}`,
    `SELECT ${key}2, village_id FROM ${activities}`,
    `SELECT ${key}3, base_id FROM ${activities}`,
    `SELECT ${key}4, id FROM ${signed}`,
    `SELECT ${key}5, enterprise_id FROM ${signed}`,
  ].join(' UNION ALL ');
}

function reachCounts(): string {
  return ['towns', 'villages', 'bases', 'matches', 'enterprises']
    // Rows are already distinct (hashing beats count(DISTINCT …), which sorts).
    .map((name, index) => `count(*) FILTER (WHERE kind = ${index + 1}) AS ${name}`)
    .join(', ');
}

function figureColumns(flows: string, stocks: string, reach: string, activities: string): string {
  return [
    `COALESCE(${stocks}.area_mu, 0)::text AS area_mu`,
    `COALESCE(${flows}.output_value_yuan, 0)::text AS output_value_yuan`,
    `COALESCE(${flows}.jobs_person_times, 0)::text AS jobs_person_times`,
    `COALESCE(${flows}.household_rent_yuan, 0)::text AS household_rent_yuan`,
    `COALESCE(${flows}.collective_income_yuan, 0)::text AS collective_income_yuan`,
    `COALESCE(${stocks}.households_benefited, 0)::text AS households_benefited`,
    `COALESCE(${reach}.towns, 0)::int AS towns`,
    `COALESCE(${reach}.villages, 0)::int AS villages`,
    `COALESCE(${reach}.bases, 0)::int AS bases`,
    `COALESCE(${reach}.enterprises, 0)::int AS enterprises`,
    `COALESCE(${reach}.matches, 0)::int AS matches`,
    `COALESCE(${activities}.service_activities, 0)::int AS service_activities`,
    `COALESCE(${activities}.farmers_trained, 0)::int AS farmers_trained`,
    `COALESCE(${flows}.records, 0)::int AS records`,
    `COALESCE(${flows}.at_least, false) AS at_least`,
  ].join(',\n           ');
}
