-- Rendered from libs/reporting/src/sql by `npm run sql:write`; do not edit by hand.
-- `npm run sql:check` (CI) fails when the code renders anything else.

-- name: Match.summaryText: names and the latest year’s flows
-- params:
--   $1 matchIds = ["11","12"]
--   $2 includeUnapproved = false
--   $3 scope = null
WITH
  latest AS (
    SELECT
      r.match_id,
      max(left(r.period, 4)) AS year
    FROM
      outcome_record r
    WHERE
      r.match_id = ANY ($1::bigint[])
      AND (
        r.status = 'APPROVED'
        OR $2
      )
      AND (
        $3::bigint IS NULL
        OR r.place_path @> ARRAY[$3::bigint]
      )
    GROUP BY
      r.match_id
  ),
  year_flows AS (
    SELECT
      r.match_id,
      sum(r.household_rent_yuan) AS rent,
      sum(r.jobs_person_times) AS jobs,
      sum(r.collective_income_yuan) AS income,
      bool_or(r.at_least) AS at_least
    FROM
      outcome_record r
      JOIN latest l ON l.match_id = r.match_id
      AND left(r.period, 4) = l.year
    WHERE
      (
        r.status = 'APPROVED'
        OR $2
      )
      AND (
        $3::bigint IS NULL
        OR r.place_path @> ARRAY[$3::bigint]
      )
    GROUP BY
      r.match_id
  )
SELECT
  m.id::text AS id,
  e.name AS enterprise,
  v.name AS village,
  town.name AS town,
  b.name AS base,
  b.operating_model,
  COALESCE(b.industry, e.industry) AS industry,
  ARRAY(
    SELECT
      member.name
    FROM
      match_broker mb
      JOIN member ON member.id = mb.member_id
    WHERE
      mb.match_id = m.id
    ORDER BY
      member.id
  ) AS brokers,
  l.year,
  f.rent::text AS rent,
  f.jobs::text AS jobs,
  f.income::text AS income,
  COALESCE(f.at_least, false) AS at_least
FROM
  match m
  JOIN enterprise e ON e.id = m.enterprise_id
  JOIN division v ON v.id = m.village_id
  LEFT JOIN division town ON town.id = v.town_id
  LEFT JOIN base b ON b.id = m.base_id
  LEFT JOIN latest l ON l.match_id = m.id
  LEFT JOIN year_flows f ON f.match_id = m.id
WHERE
  m.id = ANY ($1::bigint[]);

-- name: ServiceTeam.summaryText: team and leader names
-- params:
--   $1 teamIds = ["11","12"]
SELECT
  t.id::text AS id,
  t.name AS team,
  leader.name AS leader
FROM
  service_team t
  JOIN member leader ON leader.id = t.leader_id
WHERE
  t.id = ANY ($1::bigint[]);
