/**
 * SQL text shared by the report-summaries migration's functions: the incremental maintenance
 * (statement triggers) and the full rebuild compute cells with the same text, so the two
 * cannot drift. Frozen with migration 1796200000000: a later change is a new migration.
 *
 * Time is a month index (year × 12 + month − 1). A summary node is a division (`node_id`) seen
 * through a facet: '*' everything, 'E' the things of one enterprise (`facet_key`, 0: none),
 * 'T' the things not in a town, 'V' the things not in a village. A report over [F, L] adds a
 * node's cells with lo ≥ F and hi ≤ L (docs/reports.md explains why that is exact).
 */

/** The figure columns of summary_cell, in order. */
export const FIGURE_COLUMNS = [
  'area_mu',
  'households_benefited',
  'output_value_yuan',
  'jobs_person_times',
  'household_rent_yuan',
  'collective_income_yuan',
  'records',
  'at_least',
] as const;
export const REACH_COLUMNS = ['towns', 'villages', 'bases', 'matches', 'enterprises'] as const;
export const VISIT_COLUMNS = ['service_activities', 'farmers_trained'] as const;
export const CELL_COLUMNS = [...FIGURE_COLUMNS, ...REACH_COLUMNS, ...VISIT_COLUMNS];

/** One kind of place a reach unit counts, by its letter: town, village, base, match, enterprise. */
export const REACH_KINDS: Record<(typeof REACH_COLUMNS)[number], string> = {
  towns: 't',
  villages: 'v',
  bases: 'b',
  matches: 'm',
  enterprises: 'e',
};

/**
 * Reach cells of units from their periods. `source` yields (sign, kind, place_id, node_id, facet,
 * facet_key, lo, hi), one row per distinct period of a unit as it is (+1) or as it was (−1).
 * A place is reached in [F, L] when one of its periods lies inside. Keep the periods that hold no
 * other of its periods (calendar-aligned: a month always, a quarter without a month inside, a
 * year without anything finer; "ever", lo −1, only alone); sorted by start they also end in order,
 * and the kept periods inside any range form one run, so +1 at (s_i, e_i) and −1 at
 * (s_i, e_{i+1}) add up to 1 or 0. Part 'R' holds the place's own quarters and years (what a
 * report grouped by month or quarter shows in the group of that coarser period); part 'D' the rest.
 */
export function reachCellsSql(source: string): string {
  return `
  marked AS (
    SELECT p.*,
           bool_or(p.hi = p.lo) OVER (PARTITION BY p.sign, p.kind, p.place_id, p.node_id, p.facet, p.facet_key, p.lo / 3) AS month_inside,
           bool_or(p.hi - p.lo < 11) OVER (PARTITION BY p.sign, p.kind, p.place_id, p.node_id, p.facet, p.facet_key, p.lo / 12) AS finer_inside,
           count(*) OVER (PARTITION BY p.sign, p.kind, p.place_id, p.node_id, p.facet, p.facet_key) AS periods
      FROM (${source}) p
  ),
  kept AS (
    SELECT m.*, lead(m.hi) OVER (PARTITION BY m.sign, m.kind, m.place_id, m.node_id, m.facet, m.facet_key ORDER BY m.lo) AS next_hi
      FROM marked m
     WHERE m.hi = m.lo OR (m.hi - m.lo = 2 AND NOT m.month_inside) OR (m.hi - m.lo = 11 AND NOT m.finer_inside)
        OR (m.lo = -1 AND m.periods = 1)
  ),
  unit_cells AS (
    SELECT sign, kind, place_id, node_id, facet, facet_key, lo, hi, 'D'::"char" AS part, 1 AS n FROM kept
    UNION ALL SELECT sign, kind, place_id, node_id, facet, facet_key, lo, next_hi, 'D', -1 FROM kept WHERE next_hi IS NOT NULL
    UNION ALL SELECT sign, kind, place_id, node_id, facet, facet_key, lo, hi, 'R', 1 FROM marked WHERE hi > lo AND lo >= 0
    UNION ALL SELECT sign, kind, place_id, node_id, facet, facet_key, lo, hi, 'D', -1 FROM marked WHERE hi > lo AND lo >= 0
  ),
  unit_sums AS (
    SELECT kind, place_id, node_id, facet, facet_key, lo, hi, part, sum(sign * n) AS n
      FROM unit_cells GROUP BY kind, place_id, node_id, facet, facet_key, lo, hi, part HAVING sum(sign * n) <> 0
  ),
  -- Towns, villages and bases are the same in every division above them: their unit is computed
  -- once (node 0) and added to each of the place's divisions here.
  reach_placed AS (
    SELECT s.kind, n.node_id, s.facet, s.facet_key, s.lo, s.hi, s.part, s.n
      FROM unit_sums s
      CROSS JOIN LATERAL (
        SELECT unnest(d.ancestor_ids) FROM division d
         WHERE s.node_id = 0 AND d.id = CASE WHEN s.kind = 'b' THEN (SELECT b.village_id FROM base b WHERE b.id = s.place_id) ELSE s.place_id END
        UNION ALL SELECT s.node_id WHERE s.node_id <> 0
      ) n(node_id)
    -- A match's or an enterprise's events all belong to one enterprise: its facet E is its facet *.
    UNION ALL
    SELECT s.kind, s.node_id, 'E', CASE WHEN s.kind = 'e' THEN s.place_id ELSE (SELECT m.enterprise_id FROM match m WHERE m.id = s.place_id) END,
           s.lo, s.hi, s.part, s.n
      FROM unit_sums s WHERE s.kind IN ('m', 'e') AND s.facet = '*'
    -- Inside a village, its town is reached exactly when the village is.
    UNION ALL
    SELECT 't', s.place_id, s.facet, s.facet_key, s.lo, s.hi, s.part, s.n
      FROM unit_sums s JOIN division v ON v.id = s.place_id
     WHERE s.kind = 'v' AND v.town_id IS NOT NULL
  ),
  reach_cells AS (
    SELECT node_id, facet, facet_key, lo, hi, part,
           ${Object.entries(REACH_KINDS)
             .map(([column, kind]) => `COALESCE(sum(n) FILTER (WHERE kind = '${kind}'), 0)::int AS ${column}`)
             .join(', ')}
      FROM reach_placed GROUP BY node_id, facet, facet_key, lo, hi, part
  )`;
}

/**
 * Stock cells of series from their records. `source` yields (sign, base_id, division_id, match_id,
 * team_id, lo, hi, col, v, place_path, town_id, village_id, enterprise_id) for each record with a
 * value of stock `col` ('a' area, 'h' households), as the series is (+1) or was (−1). A record is
 * its series' latest in [F, L] when it lies inside and no record of greater recency (later end,
 * then later start) does. Records ending with a finer one are never latest. For the others, the
 * later records reach in as F falls (at least(s_j, s_r)); the least end among them falls in steps
 * (u_k, E_k): +v at (s_r, e_r), −v at (u_k, E_k), +v at (u_k, E_{k−1}). Every record's own value
 * is part 'R' (a coarser period's own group); the rest is 'D'.
 */
export function stockCellsSql(source: string): string {
  // One text key per series and stock, so the joins below hash (IS NOT DISTINCT FROM would not).
  const series = 'sign, series_key, series, col';
  const same = (a: string, b: string) => `${a}.sign = ${b}.sign AND ${a}.series_key = ${b}.series_key`;
  return `
  stock_values AS (
    SELECT v.*, concat_ws('|', COALESCE(v.base_id::text, '-'), COALESCE(v.division_id::text, '-'), COALESCE(v.match_id::text, '-'),
                     COALESCE(v.team_id::text, '-')) AS series, concat_ws('|', COALESCE(v.base_id::text, '-'), COALESCE(v.division_id::text, '-'),
                     COALESCE(v.match_id::text, '-'), COALESCE(v.team_id::text, '-'), v.col) AS series_key FROM (${source}) v
  ),
  live AS (
    SELECT i.* FROM stock_values i
     WHERE NOT EXISTS (SELECT 1 FROM stock_values j WHERE ${same('j', 'i')} AND j.hi = i.hi AND j.lo > i.lo)
  ),
  steps AS (
    SELECT i.${series.split(', ').join(', i.')}, i.lo AS s, i.hi AS e, i.v, i.place_path, i.town_id, i.village_id, i.enterprise_id,
           least(j.lo, i.lo) AS u, min(j.hi) AS e_min
      FROM live i JOIN stock_values j ON ${same('j', 'i')} AND j.hi > i.hi
     GROUP BY i.${series.split(', ').join(', i.')}, i.lo, i.hi, i.v, i.place_path, i.town_id, i.village_id, i.enterprise_id, least(j.lo, i.lo)
  ),
  running AS (
    SELECT st.*, min(st.e_min) OVER (PARTITION BY ${series}, s, e ORDER BY u DESC) AS edge FROM steps st
  ),
  stairs AS (
    SELECT r.*, lag(r.edge) OVER (PARTITION BY ${series}, s, e ORDER BY u DESC) AS prev_edge FROM running r
  ),
  stock_cells AS (
    SELECT sign, series, col, lo, hi, 'R'::"char" AS part, v, place_path, town_id, village_id, enterprise_id FROM stock_values
    UNION ALL SELECT sign, series, col, lo, hi, 'D', -v, place_path, town_id, village_id, enterprise_id FROM stock_values sv
     WHERE NOT EXISTS (SELECT 1 FROM live l WHERE ${same('l', 'sv')} AND l.lo = sv.lo AND l.hi = sv.hi)
    UNION ALL SELECT sign, series, col, u, edge, 'D', -v, place_path, town_id, village_id, enterprise_id FROM stairs
     WHERE prev_edge IS NULL OR edge < prev_edge
    UNION ALL SELECT sign, series, col, u, prev_edge, 'D', v, place_path, town_id, village_id, enterprise_id FROM stairs
     WHERE prev_edge IS NOT NULL AND edge < prev_edge
  )`;
}

/** The facets a thing at a place belongs to, as (facet, facet_key) rows; NULL keys are dropped by the caller. */
export function facetsSql(town: string, village: string, enterprise: string): string {
  return `(VALUES ('*'::"char", 0::bigint), ('E', COALESCE(${enterprise}, 0)),
                  ('T', CASE WHEN ${town} IS NULL THEN 0::bigint END), ('V', CASE WHEN ${village} IS NULL THEN 0::bigint END))`;
}

/**
 * Appends cells given as a SELECT of (node_id, facet, facet_key, lo, hi, part, …CELL_COLUMNS), with
 * what reports read instead of month cells where they can:
 * - 'X': a difference cell whose months lie in two years (or "ever"), kept apart so that
 * - 'Y': one row per node and year, the sum of that year's own cells ('R' and 'D'), answers any
 *   whole-year range with its years' rows plus the 'X' cells inside it, and
 * - 'A': one row per node, the sum of everything, answers a report without a range.
 * Enterprise facets are kept for counties and above only: below, a report by enterprise reads
 * few records and the direct statement answers it.
 */
export function appendCellsSql(select: string): string {
  const sums = CELL_COLUMNS.map((column) => `sum(${column})`).join(', ');
  const nonZero = CELL_COLUMNS.map((column) => `sum(${column}) <> 0`).join(' OR ');
  return `INSERT INTO summary_cell (node_id, facet, facet_key, lo, hi, part, ${CELL_COLUMNS.join(', ')})
    WITH delta AS MATERIALIZED (
      SELECT d.* FROM (${select}) d JOIN division n ON n.id = d.node_id
       WHERE d.facet <> 'E' OR n.level IN ('PROVINCE', 'CITY', 'COUNTY')
    )
    SELECT node_id, facet, facet_key, lo, hi, CASE WHEN part = 'D' AND (lo < 0 OR lo / 12 <> hi / 12) THEN 'X' ELSE part END,
           ${CELL_COLUMNS.join(', ')}
      FROM delta
    UNION ALL
    SELECT node_id, facet, facet_key, lo / 12 * 12, lo / 12 * 12 + 11, 'Y', ${sums}
      FROM delta WHERE lo >= 0 AND lo / 12 = hi / 12 GROUP BY node_id, facet, facet_key, lo / 12 HAVING ${nonZero}
    UNION ALL
    SELECT node_id, facet, facet_key, -1, 999999, 'A', ${sums}
      FROM delta GROUP BY node_id, facet, facet_key HAVING ${nonZero}`;
}
