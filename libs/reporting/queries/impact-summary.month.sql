-- Rendered from libs/reporting/src/sql by `npm run sql:write`; do not edit by hand.
-- `npm run sql:check` (CI) fails when the code renders anything else.

-- name: impactSummary(groupBy: MONTH), no filter, all periods, whole database
-- params: none
WITH
  inside AS NOT MATERIALIZED (
    SELECT
      r.base_id,
      r.division_id,
      r.match_id,
      r.team_id,
      r.town_id,
      r.village_id,
      r.enterprise_id,
      r.period,
      r.output_value_yuan,
      r.jobs_person_times,
      r.household_rent_yuan,
      r.collective_income_yuan,
      r.area_mu,
      r.households_benefited,
      r.at_least,
      r.place_path AS place_ancestors,
      (
        (r.period_end - DATE '2000-01-01') * 100000 + (r.period_start - DATE '2000-01-01')
      )::numeric AS recency,
      (r.status = 'APPROVED') AS counted,
      r.status <> 'APPROVED' AS pending,
      NULL::bigint AS leader_id
    FROM
      outcome_record r
    WHERE
      (TRUE)
      AND (TRUE)
  ),
  activities AS (
    SELECT
      a.id,
      a.team_id,
      a.base_id,
      a.farmers_trained,
      a.date,
      b.village_id,
      v.town_id,
      v.ancestor_ids AS place_ancestors,
      t.leader_id
    FROM
      service_activity a
      JOIN base b ON b.id = a.base_id
      JOIN division v ON v.id = b.village_id
      JOIN service_team t ON t.id = a.team_id
    WHERE
      TRUE
  ),
  signed AS (
    SELECT
      m.id,
      m.enterprise_id,
      m.base_id,
      m.village_id,
      v.town_id,
      v.ancestor_ids AS place_ancestors,
      m.signed_on
    FROM
      match m
      JOIN division v ON v.id = m.village_id
    WHERE
      TRUE
  ),
  inside_keyed AS (
    SELECT
      *
    FROM
      (
        SELECT
          i.*,
          COALESCE((i.period)::text, '') AS gkey
        FROM
          inside i
      ) keyed_rows
  ),
  activities_keyed AS (
    SELECT
      *
    FROM
      (
        SELECT
          a.*,
          COALESCE((to_char(a.date, 'YYYY-MM'))::text, '') AS gkey
        FROM
          activities a
      ) keyed_rows
  ),
  signed_keyed AS (
    SELECT
      *
    FROM
      (
        SELECT
          sm.*,
          COALESCE((to_char(sm.signed_on, 'YYYY-MM'))::text, '') AS gkey
        FROM
          signed sm
      ) keyed_rows
  ),
  series AS (
    SELECT
      false AS is_total,
      gkey AS gkey,
      base_id,
      division_id,
      match_id,
      team_id,
      max(town_id) AS town_id,
      max(village_id) AS village_id,
      max(enterprise_id) AS enterprise_id,
      sum(output_value_yuan) FILTER (
        WHERE
          counted
      ) AS output_value_yuan,
      sum(jobs_person_times) FILTER (
        WHERE
          counted
      ) AS jobs_person_times,
      sum(household_rent_yuan) FILTER (
        WHERE
          counted
      ) AS household_rent_yuan,
      sum(collective_income_yuan) FILTER (
        WHERE
          counted
      ) AS collective_income_yuan,
      (
        max(ARRAY[recency, area_mu]) FILTER (
          WHERE
            counted
            AND area_mu IS NOT NULL
        )
      ) [2] AS area_mu,
      (
        max(ARRAY[recency, households_benefited]) FILTER (
          WHERE
            counted
            AND households_benefited IS NOT NULL
        )
      ) [2] AS households_benefited,
      count(*) FILTER (
        WHERE
          counted
      ) AS records,
      bool_or(at_least) FILTER (
        WHERE
          counted
      ) AS at_least,
      count(*) FILTER (
        WHERE
          pending
      ) AS unapproved_records
    FROM
      inside_keyed
    GROUP BY
      gkey,
      base_id,
      division_id,
      match_id,
      team_id
    UNION ALL
    SELECT
      true AS is_total,
      '' AS gkey,
      base_id,
      division_id,
      match_id,
      team_id,
      max(town_id) AS town_id,
      max(village_id) AS village_id,
      max(enterprise_id) AS enterprise_id,
      sum(output_value_yuan) FILTER (
        WHERE
          counted
      ) AS output_value_yuan,
      sum(jobs_person_times) FILTER (
        WHERE
          counted
      ) AS jobs_person_times,
      sum(household_rent_yuan) FILTER (
        WHERE
          counted
      ) AS household_rent_yuan,
      sum(collective_income_yuan) FILTER (
        WHERE
          counted
      ) AS collective_income_yuan,
      (
        max(ARRAY[recency, area_mu]) FILTER (
          WHERE
            counted
            AND area_mu IS NOT NULL
        )
      ) [2] AS area_mu,
      (
        max(ARRAY[recency, households_benefited]) FILTER (
          WHERE
            counted
            AND households_benefited IS NOT NULL
        )
      ) [2] AS households_benefited,
      count(*) FILTER (
        WHERE
          counted
      ) AS records,
      bool_or(at_least) FILTER (
        WHERE
          counted
      ) AS at_least,
      count(*) FILTER (
        WHERE
          pending
      ) AS unapproved_records
    FROM
      inside
    GROUP BY
      base_id,
      division_id,
      match_id,
      team_id
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(records) AS records,
      bool_or(at_least) AS at_least,
      sum(unapproved_records) AS unapproved_records
    FROM
      series
    GROUP BY
      is_total,
      gkey
  ),
  reached AS (
    SELECT
      is_total,
      gkey,
      town_id,
      village_id,
      base_id,
      match_id,
      enterprise_id
    FROM
      series
    WHERE
      records > 0
    UNION ALL
    SELECT
      false,
      gkey,
      town_id,
      village_id,
      base_id,
      NULL::bigint,
      NULL::bigint
    FROM
      activities_keyed
    UNION ALL
    SELECT
      true,
      '',
      town_id,
      village_id,
      base_id,
      NULL::bigint,
      NULL::bigint
    FROM
      activities
    UNION ALL
    SELECT
      false,
      gkey,
      NULL::bigint,
      NULL::bigint,
      NULL::bigint,
      id,
      enterprise_id
    FROM
      signed_keyed
    UNION ALL
    SELECT
      true,
      '',
      NULL::bigint,
      NULL::bigint,
      NULL::bigint,
      id,
      enterprise_id
    FROM
      signed
  ),
  reach AS (
    SELECT
      is_total,
      gkey,
      count(DISTINCT town_id) AS towns,
      count(DISTINCT village_id) AS villages,
      count(DISTINCT base_id) AS bases,
      count(DISTINCT match_id) AS matches,
      count(DISTINCT enterprise_id) AS enterprises
    FROM
      reached
    GROUP BY
      is_total,
      gkey
  ),
  visits AS (
    SELECT
      false AS is_total,
      gkey AS gkey,
      count(DISTINCT id) AS service_activities,
      sum(farmers_trained) AS farmers_trained
    FROM
      activities_keyed
    GROUP BY
      1,
      2
    UNION ALL
    SELECT
      true AS is_total,
      '' AS gkey,
      count(DISTINCT id) AS service_activities,
      sum(farmers_trained) AS farmers_trained
    FROM
      activities
    GROUP BY
      1,
      2
  ),
  report_rows AS (
    SELECT
      false AS is_total,
      gkey
    FROM
      reached
    WHERE
      NOT is_total
    UNION
    SELECT
      false,
      gkey
    FROM
      series
    WHERE
      NOT is_total
    UNION ALL
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
  COALESCE(rc.towns, 0)::int AS towns,
  COALESCE(rc.villages, 0)::int AS villages,
  COALESCE(rc.bases, 0)::int AS bases,
  COALESCE(rc.matches, 0)::int AS matches,
  COALESCE(rc.enterprises, 0)::int AS enterprises,
  COALESCE(ga.service_activities, 0)::int AS service_activities,
  COALESCE(ga.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, false) AS at_least,
  COALESCE(f.unapproved_records, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN (
      SELECT
        count(*)
      FROM
        outcome_record r
      WHERE
        (TRUE)
        AND (FALSE)
        AND (r.status = 'APPROVED')
    )
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN reach rc ON rc.is_total = k.is_total
  AND rc.gkey = k.gkey
  LEFT JOIN visits ga ON ga.is_total = k.is_total
  AND ga.gkey = k.gkey;

-- name: impactSummary(groupBy: MONTH), every filter field, from 2024Q2 to 2025Q1, caller in division 2
-- params:
--   $1 callerDivisionId = "2"
--   $2 scopeDivisionId = "3"
--   $3 scopeEnterpriseId = "4"
--   $4 scopeMemberId = "5"
--   $5 scopeTeamId = "6"
--   $6 scopeBaseId = "7"
--   $7 scopeMatchId = "8"
--   $8 scopeFirstDay = "2024-04-01"
--   $9 scopeLastDay = "2025-03-31"
WITH
  inside AS NOT MATERIALIZED (
    SELECT
      r.base_id,
      r.division_id,
      r.match_id,
      r.team_id,
      r.town_id,
      r.village_id,
      r.enterprise_id,
      r.period,
      r.output_value_yuan,
      r.jobs_person_times,
      r.household_rent_yuan,
      r.collective_income_yuan,
      r.area_mu,
      r.households_benefited,
      r.at_least,
      r.place_path AS place_ancestors,
      (
        (r.period_end - DATE '2000-01-01') * 100000 + (r.period_start - DATE '2000-01-01')
      )::numeric AS recency,
      (r.status = 'APPROVED') AS counted,
      r.status <> 'APPROVED' AS pending,
      NULL::bigint AS leader_id
    FROM
      outcome_record r
    WHERE
      (
        (r.place_path @> ARRAY[$1]::bigint[])
        AND (r.place_path @> ARRAY[$2]::bigint[])
        AND (r.enterprise_id = $3)
        AND (
          EXISTS (
            SELECT
              1
            FROM
              match_broker scope_broker
            WHERE
              scope_broker.match_id = r.match_id
              AND scope_broker.member_id = $4
          )
          OR EXISTS (
            SELECT
              1
            FROM
              service_team scope_team
            WHERE
              scope_team.id = r.team_id
              AND scope_team.leader_id = $4
          )
        )
        AND (r.team_id = $5)
        AND (r.base_id = $6)
        AND (r.match_id = $7)
      )
      AND (
        (r.period_start >= $8::date)
        AND (r.period_end <= $9::date)
      )
  ),
  activities AS (
    SELECT
      a.id,
      a.team_id,
      a.base_id,
      a.farmers_trained,
      a.date,
      b.village_id,
      v.town_id,
      v.ancestor_ids AS place_ancestors,
      t.leader_id
    FROM
      service_activity a
      JOIN base b ON b.id = a.base_id
      JOIN division v ON v.id = b.village_id
      JOIN service_team t ON t.id = a.team_id
    WHERE
      (v.ancestor_ids @> ARRAY[$1]::bigint[])
      AND (v.ancestor_ids @> ARRAY[$2]::bigint[])
      AND (FALSE)
      AND (t.leader_id = $4)
      AND (a.team_id = $5)
      AND (a.base_id = $6)
      AND (FALSE)
      AND (a.date >= $8::date)
      AND (a.date <= $9::date)
  ),
  signed AS (
    SELECT
      m.id,
      m.enterprise_id,
      m.base_id,
      m.village_id,
      v.town_id,
      v.ancestor_ids AS place_ancestors,
      m.signed_on
    FROM
      match m
      JOIN division v ON v.id = m.village_id
    WHERE
      (v.ancestor_ids @> ARRAY[$1]::bigint[])
      AND (v.ancestor_ids @> ARRAY[$2]::bigint[])
      AND (m.enterprise_id = $3)
      AND (
        EXISTS (
          SELECT
            1
          FROM
            match_broker scope_broker
          WHERE
            scope_broker.match_id = m.id
            AND scope_broker.member_id = $4
        )
      )
      AND (FALSE)
      AND (m.base_id = $6)
      AND (m.id = $7)
      AND (m.signed_on >= $8::date)
      AND (m.signed_on <= $9::date)
  ),
  inside_keyed AS (
    SELECT
      *
    FROM
      (
        SELECT
          i.*,
          COALESCE((i.period)::text, '') AS gkey
        FROM
          inside i
      ) keyed_rows
  ),
  activities_keyed AS (
    SELECT
      *
    FROM
      (
        SELECT
          a.*,
          COALESCE((to_char(a.date, 'YYYY-MM'))::text, '') AS gkey
        FROM
          activities a
      ) keyed_rows
  ),
  signed_keyed AS (
    SELECT
      *
    FROM
      (
        SELECT
          sm.*,
          COALESCE((to_char(sm.signed_on, 'YYYY-MM'))::text, '') AS gkey
        FROM
          signed sm
      ) keyed_rows
  ),
  series AS (
    SELECT
      false AS is_total,
      gkey AS gkey,
      base_id,
      division_id,
      match_id,
      team_id,
      max(town_id) AS town_id,
      max(village_id) AS village_id,
      max(enterprise_id) AS enterprise_id,
      sum(output_value_yuan) FILTER (
        WHERE
          counted
      ) AS output_value_yuan,
      sum(jobs_person_times) FILTER (
        WHERE
          counted
      ) AS jobs_person_times,
      sum(household_rent_yuan) FILTER (
        WHERE
          counted
      ) AS household_rent_yuan,
      sum(collective_income_yuan) FILTER (
        WHERE
          counted
      ) AS collective_income_yuan,
      (
        max(ARRAY[recency, area_mu]) FILTER (
          WHERE
            counted
            AND area_mu IS NOT NULL
        )
      ) [2] AS area_mu,
      (
        max(ARRAY[recency, households_benefited]) FILTER (
          WHERE
            counted
            AND households_benefited IS NOT NULL
        )
      ) [2] AS households_benefited,
      count(*) FILTER (
        WHERE
          counted
      ) AS records,
      bool_or(at_least) FILTER (
        WHERE
          counted
      ) AS at_least,
      count(*) FILTER (
        WHERE
          pending
      ) AS unapproved_records
    FROM
      inside_keyed
    GROUP BY
      gkey,
      base_id,
      division_id,
      match_id,
      team_id
    UNION ALL
    SELECT
      true AS is_total,
      '' AS gkey,
      base_id,
      division_id,
      match_id,
      team_id,
      max(town_id) AS town_id,
      max(village_id) AS village_id,
      max(enterprise_id) AS enterprise_id,
      sum(output_value_yuan) FILTER (
        WHERE
          counted
      ) AS output_value_yuan,
      sum(jobs_person_times) FILTER (
        WHERE
          counted
      ) AS jobs_person_times,
      sum(household_rent_yuan) FILTER (
        WHERE
          counted
      ) AS household_rent_yuan,
      sum(collective_income_yuan) FILTER (
        WHERE
          counted
      ) AS collective_income_yuan,
      (
        max(ARRAY[recency, area_mu]) FILTER (
          WHERE
            counted
            AND area_mu IS NOT NULL
        )
      ) [2] AS area_mu,
      (
        max(ARRAY[recency, households_benefited]) FILTER (
          WHERE
            counted
            AND households_benefited IS NOT NULL
        )
      ) [2] AS households_benefited,
      count(*) FILTER (
        WHERE
          counted
      ) AS records,
      bool_or(at_least) FILTER (
        WHERE
          counted
      ) AS at_least,
      count(*) FILTER (
        WHERE
          pending
      ) AS unapproved_records
    FROM
      inside
    GROUP BY
      base_id,
      division_id,
      match_id,
      team_id
  ),
  figures AS (
    SELECT
      is_total,
      gkey,
      sum(output_value_yuan) AS output_value_yuan,
      sum(jobs_person_times) AS jobs_person_times,
      sum(household_rent_yuan) AS household_rent_yuan,
      sum(collective_income_yuan) AS collective_income_yuan,
      sum(area_mu) AS area_mu,
      sum(households_benefited) AS households_benefited,
      sum(records) AS records,
      bool_or(at_least) AS at_least,
      sum(unapproved_records) AS unapproved_records
    FROM
      series
    GROUP BY
      is_total,
      gkey
  ),
  reached AS (
    SELECT
      is_total,
      gkey,
      town_id,
      village_id,
      base_id,
      match_id,
      enterprise_id
    FROM
      series
    WHERE
      records > 0
    UNION ALL
    SELECT
      false,
      gkey,
      town_id,
      village_id,
      base_id,
      NULL::bigint,
      NULL::bigint
    FROM
      activities_keyed
    UNION ALL
    SELECT
      true,
      '',
      town_id,
      village_id,
      base_id,
      NULL::bigint,
      NULL::bigint
    FROM
      activities
    UNION ALL
    SELECT
      false,
      gkey,
      NULL::bigint,
      NULL::bigint,
      NULL::bigint,
      id,
      enterprise_id
    FROM
      signed_keyed
    UNION ALL
    SELECT
      true,
      '',
      NULL::bigint,
      NULL::bigint,
      NULL::bigint,
      id,
      enterprise_id
    FROM
      signed
  ),
  reach AS (
    SELECT
      is_total,
      gkey,
      count(DISTINCT town_id) AS towns,
      count(DISTINCT village_id) AS villages,
      count(DISTINCT base_id) AS bases,
      count(DISTINCT match_id) AS matches,
      count(DISTINCT enterprise_id) AS enterprises
    FROM
      reached
    GROUP BY
      is_total,
      gkey
  ),
  visits AS (
    SELECT
      false AS is_total,
      gkey AS gkey,
      count(DISTINCT id) AS service_activities,
      sum(farmers_trained) AS farmers_trained
    FROM
      activities_keyed
    GROUP BY
      1,
      2
    UNION ALL
    SELECT
      true AS is_total,
      '' AS gkey,
      count(DISTINCT id) AS service_activities,
      sum(farmers_trained) AS farmers_trained
    FROM
      activities
    GROUP BY
      1,
      2
  ),
  report_rows AS (
    SELECT
      false AS is_total,
      gkey
    FROM
      reached
    WHERE
      NOT is_total
    UNION
    SELECT
      false,
      gkey
    FROM
      series
    WHERE
      NOT is_total
    UNION ALL
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
  COALESCE(rc.towns, 0)::int AS towns,
  COALESCE(rc.villages, 0)::int AS villages,
  COALESCE(rc.bases, 0)::int AS bases,
  COALESCE(rc.matches, 0)::int AS matches,
  COALESCE(rc.enterprises, 0)::int AS enterprises,
  COALESCE(ga.service_activities, 0)::int AS service_activities,
  COALESCE(ga.farmers_trained, 0)::int AS farmers_trained,
  COALESCE(f.records, 0)::int AS records,
  COALESCE(f.at_least, false) AS at_least,
  COALESCE(f.unapproved_records, 0)::int AS unapproved_records,
  CASE
    WHEN k.is_total THEN (
      SELECT
        count(*)
      FROM
        outcome_record r
      WHERE
        (
          (r.place_path @> ARRAY[$1]::bigint[])
          AND (r.place_path @> ARRAY[$2]::bigint[])
          AND (r.enterprise_id = $3)
          AND (
            EXISTS (
              SELECT
                1
              FROM
                match_broker scope_broker
              WHERE
                scope_broker.match_id = r.match_id
                AND scope_broker.member_id = $4
            )
            OR EXISTS (
              SELECT
                1
              FROM
                service_team scope_team
              WHERE
                scope_team.id = r.team_id
                AND scope_team.leader_id = $4
            )
          )
          AND (r.team_id = $5)
          AND (r.base_id = $6)
          AND (r.match_id = $7)
        )
        AND (
          (r.period_end >= $8::date)
          AND (r.period_start <= $9::date)
          AND NOT (
            (r.period_start >= $8::date)
            AND (r.period_end <= $9::date)
          )
        )
        AND (r.status = 'APPROVED')
    )
    ELSE 0
  END AS excluded_records
FROM
  report_rows k
  LEFT JOIN figures f ON f.is_total = k.is_total
  AND f.gkey = k.gkey
  LEFT JOIN reach rc ON rc.is_total = k.is_total
  AND rc.gkey = k.gkey
  LEFT JOIN visits ga ON ga.is_total = k.is_total
  AND ga.gkey = k.gkey;
