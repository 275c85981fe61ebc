-- Rendered from libs/reporting/src/sql by `npm run sql:write`; do not edit by hand.
-- `npm run sql:check` (CI) fails when the code renders anything else.

-- name: impactSummary(groupBy: none) from the summary cells (ALL), filter divisionId, all periods, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = null
--   $3 lastMonth = null
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('A')
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      count(*) AS n
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  NULL AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN 0
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: none) from the summary cells (YEARS), filter divisionId, from 2024 to 2025, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = 24288
--   $3 lastMonth = 24311
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('Y', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      count(*) AS n
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  NULL AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN 0
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: none) from the summary cells (MONTHS), filter divisionId, from 2024Q2 to 2025Q1, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = 24291
--   $3 lastMonth = 24302
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      count(*) AS n
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  NULL AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN (
      SELECT
        COALESCE(sum(c.records), 0)
      FROM
        summary_cell c
        JOIN scope s ON c.node_id = s.id
      WHERE
        c.facet = '*'
        AND c.part = 'R'
        AND (
          $2::int IS NULL
          OR c.hi >= $2::int
        )
        AND (
          $3::int IS NULL
          OR c.lo <= $3::int
        )
    ) - COALESCE(f.records, 0)
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: TOWN) from the summary cells (ALL), filter divisionId, all periods, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = null
--   $3 lastMonth = null
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('A')
    UNION ALL
    SELECT
      false,
      g.id::text AS gkey,
      c.*
    FROM
      scope s
      JOIN division g ON g.ancestor_ids @> ARRAY[s.id]
      AND g.level = 'TOWN'
      JOIN summary_cell c ON c.node_id = g.id
      AND c.facet = '*'
      AND c.part IN ('A')
    WHERE
      s.level <> 'VILLAGE'
    UNION ALL
    SELECT
      false,
      '',
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = 'T'
      AND c.part IN ('A')
      AND s.level <> 'VILLAGE'
    UNION ALL
    SELECT
      false,
      COALESCE(s.town_id::text, ''),
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('A')
      AND s.level = 'VILLAGE'
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      false AS is_total,
      COALESCE(r.town_id::text, '') AS gkey,
      count(*) AS n
    FROM
      pending_records r
    GROUP BY
      2
    UNION ALL
    SELECT
      true,
      '',
      count(*)
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  (
    SELECT
      n.name
    FROM
      division n
    WHERE
      NOT k.is_total
      AND k.gkey <> ''
      AND n.id = k.gkey::bigint
  ) AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN 0
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: TOWN) from the summary cells (YEARS), filter divisionId, from 2024 to 2025, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = 24288
--   $3 lastMonth = 24311
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('Y', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
    UNION ALL
    SELECT
      false,
      g.id::text AS gkey,
      c.*
    FROM
      scope s
      JOIN division g ON g.ancestor_ids @> ARRAY[s.id]
      AND g.level = 'TOWN'
      JOIN summary_cell c ON c.node_id = g.id
      AND c.facet = '*'
      AND c.part IN ('Y', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
    WHERE
      s.level <> 'VILLAGE'
    UNION ALL
    SELECT
      false,
      '',
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = 'T'
      AND c.part IN ('Y', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
      AND s.level <> 'VILLAGE'
    UNION ALL
    SELECT
      false,
      COALESCE(s.town_id::text, ''),
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('Y', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
      AND s.level = 'VILLAGE'
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      false AS is_total,
      COALESCE(r.town_id::text, '') AS gkey,
      count(*) AS n
    FROM
      pending_records r
    GROUP BY
      2
    UNION ALL
    SELECT
      true,
      '',
      count(*)
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  (
    SELECT
      n.name
    FROM
      division n
    WHERE
      NOT k.is_total
      AND k.gkey <> ''
      AND n.id = k.gkey::bigint
  ) AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN 0
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: TOWN) from the summary cells (MONTHS), filter divisionId, from 2024Q2 to 2025Q1, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = 24291
--   $3 lastMonth = 24302
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
    UNION ALL
    SELECT
      false,
      g.id::text AS gkey,
      c.*
    FROM
      scope s
      JOIN division g ON g.ancestor_ids @> ARRAY[s.id]
      AND g.level = 'TOWN'
      JOIN summary_cell c ON c.node_id = g.id
      AND c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
    WHERE
      s.level <> 'VILLAGE'
    UNION ALL
    SELECT
      false,
      '',
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = 'T'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
      AND s.level <> 'VILLAGE'
    UNION ALL
    SELECT
      false,
      COALESCE(s.town_id::text, ''),
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
      AND s.level = 'VILLAGE'
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      false AS is_total,
      COALESCE(r.town_id::text, '') AS gkey,
      count(*) AS n
    FROM
      pending_records r
    GROUP BY
      2
    UNION ALL
    SELECT
      true,
      '',
      count(*)
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  (
    SELECT
      n.name
    FROM
      division n
    WHERE
      NOT k.is_total
      AND k.gkey <> ''
      AND n.id = k.gkey::bigint
  ) AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN (
      SELECT
        COALESCE(sum(c.records), 0)
      FROM
        summary_cell c
        JOIN scope s ON c.node_id = s.id
      WHERE
        c.facet = '*'
        AND c.part = 'R'
        AND (
          $2::int IS NULL
          OR c.hi >= $2::int
        )
        AND (
          $3::int IS NULL
          OR c.lo <= $3::int
        )
    ) - COALESCE(f.records, 0)
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: VILLAGE) from the summary cells (ALL), filter divisionId, all periods, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = null
--   $3 lastMonth = null
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('A')
    UNION ALL
    SELECT
      false,
      g.id::text AS gkey,
      c.*
    FROM
      scope s
      JOIN division g ON g.ancestor_ids @> ARRAY[s.id]
      AND g.level = 'VILLAGE'
      JOIN summary_cell c ON c.node_id = g.id
      AND c.facet = '*'
      AND c.part IN ('A')
    WHERE
      s.level <> 'VILLAGE'
    UNION ALL
    SELECT
      false,
      '',
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = 'V'
      AND c.part IN ('A')
      AND s.level <> 'VILLAGE'
    UNION ALL
    SELECT
      false,
      s.id::text,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('A')
      AND s.level = 'VILLAGE'
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      false AS is_total,
      COALESCE(r.village_id::text, '') AS gkey,
      count(*) AS n
    FROM
      pending_records r
    GROUP BY
      2
    UNION ALL
    SELECT
      true,
      '',
      count(*)
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  (
    SELECT
      n.name
    FROM
      division n
    WHERE
      NOT k.is_total
      AND k.gkey <> ''
      AND n.id = k.gkey::bigint
  ) AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN 0
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: VILLAGE) from the summary cells (YEARS), filter divisionId, from 2024 to 2025, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = 24288
--   $3 lastMonth = 24311
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('Y', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
    UNION ALL
    SELECT
      false,
      g.id::text AS gkey,
      c.*
    FROM
      scope s
      JOIN division g ON g.ancestor_ids @> ARRAY[s.id]
      AND g.level = 'VILLAGE'
      JOIN summary_cell c ON c.node_id = g.id
      AND c.facet = '*'
      AND c.part IN ('Y', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
    WHERE
      s.level <> 'VILLAGE'
    UNION ALL
    SELECT
      false,
      '',
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = 'V'
      AND c.part IN ('Y', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
      AND s.level <> 'VILLAGE'
    UNION ALL
    SELECT
      false,
      s.id::text,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('Y', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
      AND s.level = 'VILLAGE'
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      false AS is_total,
      COALESCE(r.village_id::text, '') AS gkey,
      count(*) AS n
    FROM
      pending_records r
    GROUP BY
      2
    UNION ALL
    SELECT
      true,
      '',
      count(*)
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  (
    SELECT
      n.name
    FROM
      division n
    WHERE
      NOT k.is_total
      AND k.gkey <> ''
      AND n.id = k.gkey::bigint
  ) AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN 0
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: VILLAGE) from the summary cells (MONTHS), filter divisionId, from 2024Q2 to 2025Q1, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = 24291
--   $3 lastMonth = 24302
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
    UNION ALL
    SELECT
      false,
      g.id::text AS gkey,
      c.*
    FROM
      scope s
      JOIN division g ON g.ancestor_ids @> ARRAY[s.id]
      AND g.level = 'VILLAGE'
      JOIN summary_cell c ON c.node_id = g.id
      AND c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
    WHERE
      s.level <> 'VILLAGE'
    UNION ALL
    SELECT
      false,
      '',
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = 'V'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
      AND s.level <> 'VILLAGE'
    UNION ALL
    SELECT
      false,
      s.id::text,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
      AND s.level = 'VILLAGE'
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      false AS is_total,
      COALESCE(r.village_id::text, '') AS gkey,
      count(*) AS n
    FROM
      pending_records r
    GROUP BY
      2
    UNION ALL
    SELECT
      true,
      '',
      count(*)
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  (
    SELECT
      n.name
    FROM
      division n
    WHERE
      NOT k.is_total
      AND k.gkey <> ''
      AND n.id = k.gkey::bigint
  ) AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN (
      SELECT
        COALESCE(sum(c.records), 0)
      FROM
        summary_cell c
        JOIN scope s ON c.node_id = s.id
      WHERE
        c.facet = '*'
        AND c.part = 'R'
        AND (
          $2::int IS NULL
          OR c.hi >= $2::int
        )
        AND (
          $3::int IS NULL
          OR c.lo <= $3::int
        )
    ) - COALESCE(f.records, 0)
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: ENTERPRISE) from the summary cells (ALL), filter divisionId, all periods, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = null
--   $3 lastMonth = null
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
      AND NOT EXISTS (
        SELECT
          1
        FROM
          scope
        WHERE
          level NOT IN ('PROVINCE', 'CITY', 'COUNTY')
      )
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('A')
    UNION ALL
    SELECT
      false,
      CASE
        WHEN c.facet_key = 0 THEN ''
        ELSE c.facet_key::text
      END AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = 'E'
      AND c.part IN ('A')
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      false AS is_total,
      COALESCE(r.enterprise_id::text, '') AS gkey,
      count(*) AS n
    FROM
      pending_records r
    GROUP BY
      2
    UNION ALL
    SELECT
      true,
      '',
      count(*)
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  (
    SELECT
      n.name
    FROM
      enterprise n
    WHERE
      NOT k.is_total
      AND k.gkey <> ''
      AND n.id = k.gkey::bigint
  ) AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN 0
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: ENTERPRISE) from the summary cells (YEARS), filter divisionId, from 2024 to 2025, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = 24288
--   $3 lastMonth = 24311
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
      AND NOT EXISTS (
        SELECT
          1
        FROM
          scope
        WHERE
          level NOT IN ('PROVINCE', 'CITY', 'COUNTY')
      )
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('Y', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
    UNION ALL
    SELECT
      false,
      CASE
        WHEN c.facet_key = 0 THEN ''
        ELSE c.facet_key::text
      END AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = 'E'
      AND c.part IN ('Y', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      false AS is_total,
      COALESCE(r.enterprise_id::text, '') AS gkey,
      count(*) AS n
    FROM
      pending_records r
    GROUP BY
      2
    UNION ALL
    SELECT
      true,
      '',
      count(*)
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  (
    SELECT
      n.name
    FROM
      enterprise n
    WHERE
      NOT k.is_total
      AND k.gkey <> ''
      AND n.id = k.gkey::bigint
  ) AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN 0
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: ENTERPRISE) from the summary cells (MONTHS), filter divisionId, from 2024Q2 to 2025Q1, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = 24291
--   $3 lastMonth = 24302
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
      AND NOT EXISTS (
        SELECT
          1
        FROM
          scope
        WHERE
          level NOT IN ('PROVINCE', 'CITY', 'COUNTY')
      )
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
    UNION ALL
    SELECT
      false,
      CASE
        WHEN c.facet_key = 0 THEN ''
        ELSE c.facet_key::text
      END AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = 'E'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      false AS is_total,
      COALESCE(r.enterprise_id::text, '') AS gkey,
      count(*) AS n
    FROM
      pending_records r
    GROUP BY
      2
    UNION ALL
    SELECT
      true,
      '',
      count(*)
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  (
    SELECT
      n.name
    FROM
      enterprise n
    WHERE
      NOT k.is_total
      AND k.gkey <> ''
      AND n.id = k.gkey::bigint
  ) AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN (
      SELECT
        COALESCE(sum(c.records), 0)
      FROM
        summary_cell c
        JOIN scope s ON c.node_id = s.id
      WHERE
        c.facet = '*'
        AND c.part = 'R'
        AND (
          $2::int IS NULL
          OR c.hi >= $2::int
        )
        AND (
          $3::int IS NULL
          OR c.lo <= $3::int
        )
    ) - COALESCE(f.records, 0)
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: YEAR) from the summary cells (YEARS), filter divisionId, all periods, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = null
--   $3 lastMonth = null
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('Y', 'X')
    UNION ALL
    SELECT
      false,
      CASE
        WHEN c.lo / 12 = c.hi / 12 THEN (c.lo / 12)::text
      END AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('Y', 'X')
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
    UNION ALL
    SELECT
      false,
      '',
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      count(DISTINCT m.enterprise_id),
      count(*),
      0,
      0,
      0,
      0
    FROM
      match m
      JOIN division v ON v.id = m.village_id
      JOIN scope s ON v.ancestor_ids @> ARRAY[s.id]
    WHERE
      m.signed_on IS NULL
    HAVING
      count(*) > 0
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      false AS is_total,
      COALESCE(left(r.period, 4), '') AS gkey,
      count(*) AS n
    FROM
      pending_records r
    GROUP BY
      2
    UNION ALL
    SELECT
      true,
      '',
      count(*)
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  NULL AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN 0
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: YEAR) from the summary cells (YEARS), filter divisionId, from 2024 to 2025, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = 24288
--   $3 lastMonth = 24311
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('Y', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
    UNION ALL
    SELECT
      false,
      CASE
        WHEN c.lo / 12 = c.hi / 12 THEN (c.lo / 12)::text
      END AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('Y', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      false AS is_total,
      COALESCE(left(r.period, 4), '') AS gkey,
      count(*) AS n
    FROM
      pending_records r
    GROUP BY
      2
    UNION ALL
    SELECT
      true,
      '',
      count(*)
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  NULL AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN 0
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: YEAR) from the summary cells (MONTHS), filter divisionId, from 2024Q2 to 2025Q1, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = 24291
--   $3 lastMonth = 24302
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
    UNION ALL
    SELECT
      false,
      CASE
        WHEN c.lo / 12 = c.hi / 12 THEN (c.lo / 12)::text
      END AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      false AS is_total,
      COALESCE(left(r.period, 4), '') AS gkey,
      count(*) AS n
    FROM
      pending_records r
    GROUP BY
      2
    UNION ALL
    SELECT
      true,
      '',
      count(*)
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  NULL AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN (
      SELECT
        COALESCE(sum(c.records), 0)
      FROM
        summary_cell c
        JOIN scope s ON c.node_id = s.id
      WHERE
        c.facet = '*'
        AND c.part = 'R'
        AND (
          $2::int IS NULL
          OR c.hi >= $2::int
        )
        AND (
          $3::int IS NULL
          OR c.lo <= $3::int
        )
    ) - COALESCE(f.records, 0)
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: QUARTER) from the summary cells (MONTHS), filter divisionId, all periods, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = null
--   $3 lastMonth = null
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
    UNION ALL
    SELECT
      false,
      CASE
        WHEN c.lo / 3 = c.hi / 3 THEN (c.lo / 12)::text || 'Q' || (c.lo % 12 / 3 + 1)
        WHEN c.part = 'R'
        AND c.lo % 12 = 0
        AND c.hi = c.lo + 11 THEN (c.lo / 12)::text
      END AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
    UNION ALL
    SELECT
      false,
      '',
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      count(DISTINCT m.enterprise_id),
      count(*),
      0,
      0,
      0,
      0
    FROM
      match m
      JOIN division v ON v.id = m.village_id
      JOIN scope s ON v.ancestor_ids @> ARRAY[s.id]
    WHERE
      m.signed_on IS NULL
    HAVING
      count(*) > 0
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      false AS is_total,
      COALESCE(
        CASE
          WHEN r.period LIKE '____-__' THEN left(r.period, 4) || 'Q' || ((substr(r.period, 6, 2)::int + 2) / 3)
          ELSE r.period
        END,
        ''
      ) AS gkey,
      count(*) AS n
    FROM
      pending_records r
    GROUP BY
      2
    UNION ALL
    SELECT
      true,
      '',
      count(*)
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  NULL AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN 0
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: QUARTER) from the summary cells (MONTHS), filter divisionId, from 2024 to 2025, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = 24288
--   $3 lastMonth = 24311
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
    UNION ALL
    SELECT
      false,
      CASE
        WHEN c.lo / 3 = c.hi / 3 THEN (c.lo / 12)::text || 'Q' || (c.lo % 12 / 3 + 1)
        WHEN c.part = 'R'
        AND c.lo % 12 = 0
        AND c.hi = c.lo + 11 THEN (c.lo / 12)::text
      END AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      false AS is_total,
      COALESCE(
        CASE
          WHEN r.period LIKE '____-__' THEN left(r.period, 4) || 'Q' || ((substr(r.period, 6, 2)::int + 2) / 3)
          ELSE r.period
        END,
        ''
      ) AS gkey,
      count(*) AS n
    FROM
      pending_records r
    GROUP BY
      2
    UNION ALL
    SELECT
      true,
      '',
      count(*)
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  NULL AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN 0
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: QUARTER) from the summary cells (MONTHS), filter divisionId, from 2024Q2 to 2025Q1, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = 24291
--   $3 lastMonth = 24302
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
    UNION ALL
    SELECT
      false,
      CASE
        WHEN c.lo / 3 = c.hi / 3 THEN (c.lo / 12)::text || 'Q' || (c.lo % 12 / 3 + 1)
        WHEN c.part = 'R'
        AND c.lo % 12 = 0
        AND c.hi = c.lo + 11 THEN (c.lo / 12)::text
      END AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      false AS is_total,
      COALESCE(
        CASE
          WHEN r.period LIKE '____-__' THEN left(r.period, 4) || 'Q' || ((substr(r.period, 6, 2)::int + 2) / 3)
          ELSE r.period
        END,
        ''
      ) AS gkey,
      count(*) AS n
    FROM
      pending_records r
    GROUP BY
      2
    UNION ALL
    SELECT
      true,
      '',
      count(*)
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  NULL AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN (
      SELECT
        COALESCE(sum(c.records), 0)
      FROM
        summary_cell c
        JOIN scope s ON c.node_id = s.id
      WHERE
        c.facet = '*'
        AND c.part = 'R'
        AND (
          $2::int IS NULL
          OR c.hi >= $2::int
        )
        AND (
          $3::int IS NULL
          OR c.lo <= $3::int
        )
    ) - COALESCE(f.records, 0)
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: MONTH) from the summary cells (MONTHS), filter divisionId, all periods, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = null
--   $3 lastMonth = null
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
    UNION ALL
    SELECT
      false,
      CASE
        WHEN c.lo = c.hi THEN (c.lo / 12)::text || '-' || lpad((c.lo % 12 + 1)::text, 2, '0')
        WHEN c.part = 'R'
        AND c.lo % 3 = 0
        AND c.hi = c.lo + 2 THEN (c.lo / 12)::text || 'Q' || (c.lo % 12 / 3 + 1)
        WHEN c.part = 'R'
        AND c.lo % 12 = 0
        AND c.hi = c.lo + 11 THEN (c.lo / 12)::text
      END AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
    UNION ALL
    SELECT
      false,
      '',
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      count(DISTINCT m.enterprise_id),
      count(*),
      0,
      0,
      0,
      0
    FROM
      match m
      JOIN division v ON v.id = m.village_id
      JOIN scope s ON v.ancestor_ids @> ARRAY[s.id]
    WHERE
      m.signed_on IS NULL
    HAVING
      count(*) > 0
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      false AS is_total,
      COALESCE(r.period, '') AS gkey,
      count(*) AS n
    FROM
      pending_records r
    GROUP BY
      2
    UNION ALL
    SELECT
      true,
      '',
      count(*)
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  NULL AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN 0
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: MONTH) from the summary cells (MONTHS), filter divisionId, from 2024 to 2025, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = 24288
--   $3 lastMonth = 24311
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
    UNION ALL
    SELECT
      false,
      CASE
        WHEN c.lo = c.hi THEN (c.lo / 12)::text || '-' || lpad((c.lo % 12 + 1)::text, 2, '0')
        WHEN c.part = 'R'
        AND c.lo % 3 = 0
        AND c.hi = c.lo + 2 THEN (c.lo / 12)::text || 'Q' || (c.lo % 12 / 3 + 1)
        WHEN c.part = 'R'
        AND c.lo % 12 = 0
        AND c.hi = c.lo + 11 THEN (c.lo / 12)::text
      END AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      false AS is_total,
      COALESCE(r.period, '') AS gkey,
      count(*) AS n
    FROM
      pending_records r
    GROUP BY
      2
    UNION ALL
    SELECT
      true,
      '',
      count(*)
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  NULL AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN 0
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: MONTH) from the summary cells (MONTHS), filter divisionId, from 2024Q2 to 2025Q1, caller in division 2
-- params:
--   $1 divisions = ["3","2"]
--   $2 firstMonth = 24291
--   $3 lastMonth = 24302
WITH
  scope AS (
    SELECT
      d.id,
      d.level,
      d.town_id
    FROM
      division d
    WHERE
      d.id = ANY ($1::bigint[])
      AND d.ancestor_ids @> $1::bigint[]
  ),
  state AS (
    SELECT
      current
    FROM
      summary_state
    WHERE
      current
  ),
  cells AS (
    SELECT
      true AS is_total,
      '' AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
    UNION ALL
    SELECT
      false,
      CASE
        WHEN c.lo = c.hi THEN (c.lo / 12)::text || '-' || lpad((c.lo % 12 + 1)::text, 2, '0')
        WHEN c.part = 'R'
        AND c.lo % 3 = 0
        AND c.hi = c.lo + 2 THEN (c.lo / 12)::text || 'Q' || (c.lo % 12 / 3 + 1)
        WHEN c.part = 'R'
        AND c.lo % 12 = 0
        AND c.hi = c.lo + 11 THEN (c.lo / 12)::text
      END AS gkey,
      c.*
    FROM
      summary_cell c
      JOIN scope s ON c.node_id = s.id
    WHERE
      c.facet = '*'
      AND c.part IN ('R', 'D', 'X')
      AND (
        $2::int IS NULL
        OR c.lo >= $2::int
      )
      AND (
        $3::int IS NULL
        OR c.hi <= $3::int
      )
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(towns) AS towns,
      sum(villages) AS villages,
      sum(bases) AS bases,
      sum(enterprises) AS enterprises,
      sum(matches) AS matches,
      sum(service_activities) AS service_activities,
      sum(farmers_trained) AS farmers_trained,
      sum(records) AS records,
      sum(at_least) AS at_least
    FROM
      cells
    WHERE
      gkey IS NOT NULL
    GROUP BY
      is_total,
      gkey
  ),
  pending_records AS (
    SELECT
      r.*
    FROM
      outcome_record r
    WHERE
      r.status <> 'APPROVED'
      AND r.place_path @> $1::bigint[]
      AND (
        $2::int IS NULL
        OR summary_month (r.period_start) >= $2::int
      )
      AND (
        $3::int IS NULL
        OR summary_month (r.period_end) <= $3::int
      )
  ),
  pending AS (
    SELECT
      false AS is_total,
      COALESCE(r.period, '') AS gkey,
      count(*) AS n
    FROM
      pending_records r
    GROUP BY
      2
    UNION ALL
    SELECT
      true,
      '',
      count(*)
    FROM
      pending_records
  ),
  report_rows AS (
    SELECT
      is_total,
      gkey
    FROM
      figures
    WHERE
      is_total
      OR records > 0
      OR towns > 0
      OR villages > 0
      OR bases > 0
      OR matches > 0
      OR enterprises > 0
      OR service_activities > 0
    UNION
    SELECT
      is_total,
      gkey
    FROM
      pending
    WHERE
      NOT is_total
      AND n > 0
    UNION
    SELECT
      true,
      ''
  )
SELECT
  k.is_total,
  CASE
    WHEN k.is_total THEN NULL
    ELSE k.gkey
  END AS key,
  NULL AS name,
  COALESCE(f.area_mu, 0)::text AS area_mu,
  COALESCE(f.households_benefited, 0)::text AS households_benefited,
  COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
  COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
  COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
  COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
  COALESCE(f.towns, 0)::int AS towns,
  COALESCE(f.villages, 0)::int AS villages,
  COALESCE(f.bases, 0)::int AS bases,
  COALESCE(f.enterprises, 0)::int AS enterprises,
  COALESCE(f.matches, 0)::int AS matches,
  COALESCE(f.service_activities, 0)::int AS service_activities,
  COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, 0) > 0 AS at_least,
  COALESCE(p.n, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN (
      SELECT
        COALESCE(sum(c.records), 0)
      FROM
        summary_cell c
        JOIN scope s ON c.node_id = s.id
      WHERE
        c.facet = '*'
        AND c.part = 'R'
        AND (
          $2::int IS NULL
          OR c.hi >= $2::int
        )
        AND (
          $3::int IS NULL
          OR c.lo <= $3::int
        )
    ) - COALESCE(f.records, 0)
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  CROSS JOIN state
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN pending p ON p.is_total = k.is_total
  AND p.gkey = k.gkey;

-- name: impactSummary(groupBy: ENTERPRISE, top: 20, topBy: OUTPUT_VALUE_YUAN) from the summary cells, filter divisionId, all periods
-- params:
--   $1 divisions = ["3"]
--   $2 firstMonth = null
--   $3 lastMonth = null
--   $4 top = 20
WITH
  report AS (
    WITH
      scope AS (
        SELECT
          d.id,
          d.level,
          d.town_id
        FROM
          division d
        WHERE
          d.id = ANY ($1::bigint[])
          AND d.ancestor_ids @> $1::bigint[]
      ),
      state AS (
        SELECT
          current
        FROM
          summary_state
        WHERE
          current
          AND NOT EXISTS (
            SELECT
              1
            FROM
              scope
            WHERE
              level NOT IN ('PROVINCE', 'CITY', 'COUNTY')
          )
      ),
      cells AS (
        SELECT
          true AS is_total,
          '' AS gkey,
          c.*
        FROM
          summary_cell c
          JOIN scope s ON c.node_id = s.id
        WHERE
          c.facet = '*'
          AND c.part IN ('A')
        UNION ALL
        SELECT
          false,
          CASE
            WHEN c.facet_key = 0 THEN ''
            ELSE c.facet_key::text
          END AS gkey,
          c.*
        FROM
          summary_cell c
          JOIN scope s ON c.node_id = s.id
        WHERE
          c.facet = 'E'
          AND c.part IN ('A')
      ),
      figures AS (
        SELECT
          is_total,
          gkey,
          sum(area_mu) AS area_mu,
          sum(households_benefited) AS households_benefited,
          sum(output_value_yuan) AS output_value_yuan,
          sum(jobs_person_times) AS jobs_person_times,
          sum(household_rent_yuan) AS household_rent_yuan,
          sum(collective_income_yuan) AS collective_income_yuan,
          sum(towns) AS towns,
          sum(villages) AS villages,
          sum(bases) AS bases,
          sum(enterprises) AS enterprises,
          sum(matches) AS matches,
          sum(service_activities) AS service_activities,
          sum(farmers_trained) AS farmers_trained,
          sum(records) AS records,
          sum(at_least) AS at_least
        FROM
          cells
        WHERE
          gkey IS NOT NULL
        GROUP BY
          is_total,
          gkey
      ),
      pending_records AS (
        SELECT
          r.*
        FROM
          outcome_record r
        WHERE
          r.status <> 'APPROVED'
          AND r.place_path @> $1::bigint[]
          AND (
            $2::int IS NULL
            OR summary_month (r.period_start) >= $2::int
          )
          AND (
            $3::int IS NULL
            OR summary_month (r.period_end) <= $3::int
          )
      ),
      pending AS (
        SELECT
          false AS is_total,
          COALESCE(r.enterprise_id::text, '') AS gkey,
          count(*) AS n
        FROM
          pending_records r
        GROUP BY
          2
        UNION ALL
        SELECT
          true,
          '',
          count(*)
        FROM
          pending_records
      ),
      report_rows AS (
        SELECT
          is_total,
          gkey
        FROM
          figures
        WHERE
          is_total
          OR records > 0
          OR towns > 0
          OR villages > 0
          OR bases > 0
          OR matches > 0
          OR enterprises > 0
          OR service_activities > 0
        UNION
        SELECT
          is_total,
          gkey
        FROM
          pending
        WHERE
          NOT is_total
          AND n > 0
        UNION
        SELECT
          true,
          ''
      )
    SELECT
      k.is_total,
      CASE
        WHEN k.is_total THEN NULL
        ELSE k.gkey
      END AS key,
      (
        SELECT
          n.name
        FROM
          enterprise n
        WHERE
          NOT k.is_total
          AND k.gkey <> ''
          AND n.id = k.gkey::bigint
      ) AS name,
      COALESCE(f.area_mu, 0)::text AS area_mu,
      COALESCE(f.households_benefited, 0)::text AS households_benefited,
      COALESCE(f.output_value_yuan, 0)::text AS output_value_yuan,
      COALESCE(f.jobs_person_times, 0)::text AS jobs_person_times,
      COALESCE(f.household_rent_yuan, 0)::text AS household_rent_yuan,
      COALESCE(f.collective_income_yuan, 0)::text AS collective_income_yuan,
      COALESCE(f.towns, 0)::int AS towns,
      COALESCE(f.villages, 0)::int AS villages,
      COALESCE(f.bases, 0)::int AS bases,
      COALESCE(f.enterprises, 0)::int AS enterprises,
      COALESCE(f.matches, 0)::int AS matches,
      COALESCE(f.service_activities, 0)::int AS service_activities,
      COALESCE(f.farmers_trained, 0)::int AS farmers_trained,
      COALESCE(f.records, 0)::int AS records,
      COALESCE(f.at_least, 0) > 0 AS at_least,
      COALESCE(p.n, 0)::int AS unapproved_records,
      CASE
        WHEN k.is_total THEN 0
        ELSE 0
      END AS excluded_records
    FROM
      report_rows k
      CROSS JOIN state
      LEFT JOIN figures f ON f.is_total = k.is_total
      AND f.gkey = k.gkey
      LEFT JOIN pending p ON p.is_total = k.is_total
      AND p.gkey = k.gkey
  ),
  ranked AS (
    SELECT
      r.*,
      count(*) FILTER (
        WHERE
          NOT r.is_total
      ) OVER () AS group_count,
      row_number() OVER (
        PARTITION BY
          r.is_total
        ORDER BY
          r.output_value_yuan::numeric DESC,
          r.key
      ) AS rank
    FROM
      report r
  )
SELECT
  *
FROM
  ranked
WHERE
  is_total
  OR rank <= $4
ORDER BY
  is_total DESC,
  rank;
