import type { Dimension } from './dimensions.js';
import type { ImpactScope } from './impact-scope.js';

/**
 * The one SQL statement behind every impact figure (docs/domain.md, "How figures add up").
 *
 * Records inside the range are first folded into one row per group and series (scope + match +
 * team) in a single hashed pass: the series' flow sums and its latest stock values. Everything
 * else reads those rows, which are several times fewer than the records.
 *
 * - Flows add: SUM over the series rows.
 * - Stocks do not add over time: each series' latest non-null value in range — per group, that
 *   group's own latest — then SUM across series.
 * - Nothing counted twice: totals come from the records themselves, never from adding groups,
 *   so overlapping groups (MEMBER) cannot inflate them.
 * - Nothing disappears: a record without a group key lands in the key '' ("not broken down").
 * - Reach is counted: distinct towns, villages, bases from records and activities; matches from
 *   records plus matches signed in range; enterprises of the matches counted.
 *
 * Only counted records (approved ones, unless the view includes the rest) add to the figures;
 * the records in scope still pending approval are counted apart (`unapproved_records`).
 *
 * One row per group (`is_total` false) and, when `withTotals`, one totals row.
 */
export function impactStatement(
  scope: ImpactScope,
  dimension: Dimension | null,
  options: { withTotals: boolean; subjectsOnly: boolean; withLeader: boolean },
): string {
  const restrict = options.subjectsOnly ? 'WHERE gkey = ANY(:subjects::text[])' : '';
  const keyed = (source: string, alias: string, key: { key: string; join?: string }) =>
    `SELECT * FROM (SELECT ${alias}.*, COALESCE((${key.key})::text, '') AS gkey FROM ${source} ${alias} ${key.join ?? ''}) keyed_rows ${restrict}`;

  const ctes = [
    `inside AS NOT MATERIALIZED (
      SELECT r.base_id, r.division_id, r.match_id, r.team_id, r.town_id, r.village_id, r.enterprise_id, r.period,
             ${FLOWS.map((column) => `r.${column}`).join(', ')}, ${STOCKS.map((column) => `r.${column}`).join(', ')},
             r.at_least, r.place_path AS place_ancestors, ${RECENCY} AS recency,
             (${scope.counted}) AS counted, r.status <> 'APPROVED' AS pending,
             ${options.withLeader ? 't.leader_id' : 'NULL::bigint AS leader_id'}
        FROM outcome_record r ${options.withLeader ? 'LEFT JOIN service_team t ON t.id = r.team_id' : ''}
       WHERE (${scope.records}) AND (${scope.inside})
    )`,
    `activities AS (
      SELECT a.id, a.team_id, a.base_id, a.farmers_trained, a.date, b.village_id, v.town_id, v.ancestor_ids AS place_ancestors, t.leader_id
        FROM service_activity a
        JOIN base b ON b.id = a.base_id
        JOIN division v ON v.id = b.village_id
        JOIN service_team t ON t.id = a.team_id
       WHERE ${scope.activities}
    )`,
    `signed AS (
      SELECT m.id, m.enterprise_id, m.base_id, m.village_id, v.town_id, v.ancestor_ids AS place_ancestors, m.signed_on
        FROM match m JOIN division v ON v.id = m.village_id
       WHERE ${scope.signed}
    )`,
  ];

  // Each source of counted things, as (is_total, gkey, …): the totals read the rows as they are,
  // the groups read them keyed (and, for overlapping groupings, repeated once per group).
  const sources = (source: string) => [
    ...(dimension ? [{ rows: `${source}_keyed`, isTotal: 'false', key: 'gkey' }] : []),
    ...(options.withTotals ? [{ rows: source, isTotal: 'true', key: `''` }] : []),
  ];
  if (dimension) {
    ctes.push(
      `inside_keyed AS (${keyed('inside', 'i', dimension.record)})`,
      `activities_keyed AS (${keyed('activities', 'a', dimension.activity)})`,
      `signed_keyed AS (${keyed('signed', 'sm', dimension.signed)})`,
    );
  }

  const seriesOf = (rows: string, isTotal: string, key: string) =>
    `SELECT ${isTotal} AS is_total, ${key} AS gkey, ${SERIES}, ${seriesFigures()} FROM ${rows} GROUP BY ${key === 'gkey' ? 'gkey, ' : ''}${SERIES}`;
  ctes.push(
    `series AS (${sources('inside')
      .map((source) => seriesOf(source.rows, source.isTotal, source.key))
      .join(' UNION ALL ')})`,
    `figures AS (
      SELECT is_total, gkey, ${FLOWS.map((column) => `sum(${column}) AS ${column}`).join(', ')},
             ${STOCKS.map((column) => `sum(${column}) AS ${column}`).join(', ')}, sum(records) AS records, bool_or(at_least) AS at_least,
             sum(unapproved_records) AS unapproved_records
        FROM series GROUP BY is_total, gkey
    )`,
    `reached AS (${[
      // A series whose records are all uncounted (pending approval) reaches nothing.
      `SELECT is_total, gkey, town_id, village_id, base_id, match_id, enterprise_id FROM series WHERE records > 0`,
      ...sources('activities').map(
        (s) => `SELECT ${s.isTotal}, ${s.key}, town_id, village_id, base_id, NULL::bigint, NULL::bigint FROM ${s.rows}`,
      ),
      ...sources('signed').map(
        (s) => `SELECT ${s.isTotal}, ${s.key}, NULL::bigint, NULL::bigint, NULL::bigint, id, enterprise_id FROM ${s.rows}`,
      ),
    ].join(' UNION ALL ')})`,
    `reach AS (
      SELECT is_total, gkey, ${REACH.map(([name, column]) => `count(DISTINCT ${column}) AS ${name}`).join(', ')}
        FROM reached GROUP BY is_total, gkey
    )`,
    `visits AS (${sources('activities')
      .map(
        (s) =>
          `SELECT ${s.isTotal} AS is_total, ${s.key} AS gkey, count(DISTINCT id) AS service_activities, sum(farmers_trained) AS farmers_trained FROM ${s.rows} GROUP BY 1, 2`,
      )
      .join(' UNION ALL ')})`,
    // Every group anything was counted in, and the totals row even when nothing was.
    `report_rows AS (
      SELECT false AS is_total, gkey FROM reached WHERE NOT is_total
      UNION SELECT false, gkey FROM series WHERE NOT is_total
      ${options.withTotals ? `UNION ALL SELECT true, ''` : ''}
    )`,
  );

  const name = dimension?.names
    ? `(SELECT n.${dimension.names.column} FROM ${dimension.names.table} n WHERE NOT k.is_total AND k.gkey <> '' AND n.id = k.gkey::bigint)`
    : 'NULL';
  return `WITH ${ctes.join(',\n    ')}
    SELECT k.is_total, CASE WHEN k.is_total THEN NULL ELSE k.gkey END AS key, ${name} AS name,
           ${figureColumns()},
           CASE WHEN k.is_total THEN (SELECT count(*) FROM outcome_record r WHERE (${scope.records}) AND (${scope.overlapping}) AND (${scope.counted})) ELSE 0 END AS excluded_records
      FROM report_rows k
      LEFT JOIN figures f ON f.is_total = k.is_total AND f.gkey = k.gkey
      LEFT JOIN reach rc ON rc.is_total = k.is_total AND rc.gkey = k.gkey
      LEFT JOIN visits ga ON ga.is_total = k.is_total AND ga.gkey = k.gkey`;
}

const FLOWS = ['output_value_yuan', 'jobs_person_times', 'household_rent_yuan', 'collective_income_yuan'];
const STOCKS = ['area_mu', 'households_benefited'];

/** A series: one scope (base or division), match and team. */
const SERIES = 'base_id, division_id, match_id, team_id';

/** Where a series is and whose it is: the same for all its records (they follow from its scope and match). */
const SERIES_PLACE = ['town_id', 'village_id', 'enterprise_id'];

/** Orders a series' periods: latest end first, then the finer period (the later start). */
const RECENCY = `((r.period_end - DATE '2000-01-01') * 100000 + (r.period_start - DATE '2000-01-01'))::numeric`;

/**
 * One series' figures. A stock is the value of its most recent record that has one: the
 * greatest [recency, value] pair (arrays compare element by element; a series has one record
 * per period, so recencies never tie). A plain aggregate keeps the pass hashed, with no sort.
 */
function seriesFigures(): string {
  return [
    ...SERIES_PLACE.map((column) => `max(${column}) AS ${column}`),
    ...FLOWS.map((column) => `sum(${column}) FILTER (WHERE counted) AS ${column}`),
    ...STOCKS.map((column) => `(max(ARRAY[recency, ${column}]) FILTER (WHERE counted AND ${column} IS NOT NULL))[2] AS ${column}`),
    'count(*) FILTER (WHERE counted) AS records',
    'bool_or(at_least) FILTER (WHERE counted) AS at_least',
    'count(*) FILTER (WHERE pending) AS unapproved_records',
  ].join(', ');
}

const REACH = [
  ['towns', 'town_id'],
  ['villages', 'village_id'],
  ['bases', 'base_id'],
  ['matches', 'match_id'],
  ['enterprises', 'enterprise_id'],
];

function figureColumns(): string {
  return [
    ...[...STOCKS, ...FLOWS].map((column) => `COALESCE(f.${column}, 0)::text AS ${column}`),
    ...REACH.map(([name]) => `COALESCE(rc.${name}, 0)::int AS ${name}`),
    'COALESCE(ga.service_activities, 0)::int AS service_activities',
    'COALESCE(ga.farmers_trained, 0)::int AS farmers_trained',
    'COALESCE(f.records, 0)::int AS records',
    'COALESCE(f.at_least, false) AS at_least',
    'COALESCE(f.unapproved_records, 0)::int AS unapproved_records',
  ].join(',\n           ');
}
