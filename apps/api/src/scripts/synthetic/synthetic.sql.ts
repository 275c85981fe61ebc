import type { SyntheticSizes } from './synthetic-sizes.js';

/** Written into every synthetic name and source, so no one mistakes this data for real figures. */
export const SYNTHETIC_MARK = 'SYNTHETIC 合成数据（基准测试用，非真实）';

/**
 * A deterministic, province-shaped data set, generated inside PostgreSQL (setseed + random()).
 * Villages are assigned to towns in contiguous blocks and bases pick villages with a squared
 * uniform draw, so the first towns are "hot". Outcome records come in series of ten periods —
 * half yearly, a third quarterly, a fifth monthly — over 2016–2025; one series in fifty is kept
 * for a town or county instead of a base. Row triggers are switched off for the bulk tables
 * (session_replication_role = replica): the data is valid by construction, and the derived
 * columns the triggers would fill are computed here.
 */
export function syntheticStatements(s: SyntheticSizes): string[] {
  const series = Math.ceil(s.records / 10);
  return [
    `SELECT setseed(0.20250918)`,
    `INSERT INTO division (name, level) VALUES ('合成省 ${SYNTHETIC_MARK}', 'PROVINCE')`,
    idTable('syn_province', `SELECT id FROM division WHERE level = 'PROVINCE' AND name LIKE '合成省%'`),
    `INSERT INTO division (name, level, parent_id) SELECT '合成市' || g, 'CITY', (SELECT id FROM syn_province) FROM generate_series(1, ${s.cities}) g`,
    idTable('syn_city', `SELECT id FROM division WHERE level = 'CITY' AND name LIKE '合成市%'`),
    `INSERT INTO division (name, level, parent_id)
       SELECT '合成县' || g, 'COUNTY', c.id FROM generate_series(1, ${s.counties}) g JOIN syn_city c ON c.n = (g - 1) % ${s.cities} + 1`,
    idTable('syn_county', `SELECT id FROM division WHERE level = 'COUNTY' AND name LIKE '合成县%'`),
    `INSERT INTO division (name, level, parent_id)
       SELECT '合成镇' || g, 'TOWN', c.id FROM generate_series(1, ${s.towns}) g JOIN syn_county c ON c.n = (g - 1) * ${s.counties} / ${s.towns} + 1`,
    idTable('syn_town', `SELECT id FROM division WHERE level = 'TOWN' AND name LIKE '合成镇%'`),
    `INSERT INTO division (name, level, parent_id)
       SELECT '合成村' || g, 'VILLAGE', t.id FROM generate_series(1, ${s.villages}) g JOIN syn_town t ON t.n = (g - 1) * ${s.towns} / ${s.villages} + 1`,
    idTable('syn_village', `SELECT id FROM division WHERE level = 'VILLAGE' AND name LIKE '合成村%'`),

    `SET session_replication_role = replica`,
    `INSERT INTO enterprise (name, industry)
       SELECT '合成企业' || g, (ARRAY['葡萄','茶叶','油茶','中药材','生猪','蔬菜'])[1 + g % 6] FROM generate_series(1, ${s.enterprises}) g`,
    idTable('syn_enterprise', `SELECT id FROM enterprise WHERE name LIKE '合成企业%'`),
    `INSERT INTO member (name, sector, title) SELECT '合成委员' || g, '合成界别', '${SYNTHETIC_MARK}' FROM generate_series(1, ${s.members}) g`,
    idTable('syn_member', `SELECT id FROM member WHERE name LIKE '合成委员%'`),
    `INSERT INTO base (name, village_id, area_mu, industry, operating_model, operator_id)
       SELECT '合成基地' || pick.g, v.id, round((20 + random() * 980)::numeric, 2),
              (ARRAY['葡萄','茶叶','油茶','中药材','生猪','蔬菜'])[1 + pick.g % 6],
              (ARRAY['支部+基地+农户','企业+合作社+农户','合作社+农户'])[1 + pick.g % 3],
              CASE WHEN pick.g % 10 < 7 THEN e.id END
         FROM (SELECT g, 1 + floor(${s.villages} * power(random(), 2))::int AS vn, 1 + floor(random() * ${s.enterprises})::int AS en
                 FROM generate_series(1, ${s.bases}) g) pick
         JOIN syn_village v ON v.n = pick.vn JOIN syn_enterprise e ON e.n = pick.en`,
    idTable('syn_base', `SELECT id, village_id FROM base WHERE name LIKE '合成基地%'`, 'id, village_id'),
    // Natural keys hold: names carry their number, and match g sits at base g (there are never
    // more matches than bases, see synthetic-sizes.ts), so no two share enterprise + village + base.
    `INSERT INTO match (enterprise_id, village_id, base_id, status, signed_on, investment_yuan)
       SELECT e.id, b.village_id, b.id, (ARRAY['OPERATING','OPERATING','SIGNED','INTENT','SUSPENDED','ENDED']::match_status[])[1 + pick.g % 6],
              date '2016-01-01' + floor(random() * 3650)::int, round((random() * 5000000)::numeric, 2)
         FROM (SELECT g, 1 + (g - 1) % ${s.bases} AS bn, 1 + floor(random() * ${s.enterprises})::int AS en FROM generate_series(1, ${s.matches}) g) pick
         JOIN syn_base b ON b.n = pick.bn JOIN syn_enterprise e ON e.n = pick.en`,
    idTable('syn_match', `SELECT m.id, m.base_id FROM match m JOIN syn_base b ON b.id = m.base_id`, 'id, base_id'),
    `INSERT INTO match_broker (match_id, member_id)
       SELECT m.id, mem.id FROM syn_match m JOIN syn_member mem ON mem.n = 1 + m.n % ${s.members}
       UNION
       SELECT m.id, mem.id FROM syn_match m JOIN syn_member mem ON mem.n = 1 + (m.n * 7) % ${s.members} WHERE m.n % 3 = 0`,
    `INSERT INTO service_team (name, leader_id) SELECT '合成服务团' || t.n, mem.id FROM generate_series(1, ${s.teams}) t(n) JOIN syn_member mem ON mem.n = t.n`,
    idTable('syn_team', `SELECT id FROM service_team WHERE name LIKE '合成服务团%'`),
    `INSERT INTO service_activity (team_id, base_id, date, topic, farmers_trained, area_covered_mu)
       SELECT t.id, b.id, date '2016-01-01' + floor(random() * 3650)::int, '合成服务活动', floor(random() * 50)::int, round((random() * 300)::numeric, 2)
         FROM (SELECT 1 + floor(random() * ${s.teams})::int AS tn, 1 + floor(${s.bases} * power(random(), 2))::int AS bn FROM generate_series(1, ${s.activities})) pick
         JOIN syn_team t ON t.n = pick.tn JOIN syn_base b ON b.n = pick.bn`,
    // Series i: every 50th is kept for a town (every 100th for a county); the others are a base's,
    // first with the base's match, then once per team. The kind of period follows i mod 10.
    `CREATE TEMP TABLE syn_series_raw AS
       SELECT i,
              CASE WHEN i % 50 <> 0 THEN b.id END AS base_id,
              CASE WHEN i % 100 = 0 THEN county.id WHEN i % 50 = 0 THEN town.id END AS division_id,
              CASE WHEN i % 50 <> 0 AND (i - 1) / ${s.bases} = 0 THEN first_match.id END AS match_id,
              CASE WHEN i % 100 = 0 THEN team_for_county.id WHEN i % 50 = 0 THEN team_for_place.id WHEN (i - 1) / ${s.bases} > 0 THEN team_for_layer.id END AS team_id,
              CASE WHEN i % 10 < 5 THEN 'YEAR' WHEN i % 10 < 8 THEN 'QUARTER' ELSE 'MONTH' END AS kind
         FROM generate_series(1, ${series}) i
         JOIN syn_base b ON b.n = 1 + (i - 1) % ${s.bases}
         LEFT JOIN (SELECT base_id, min(id) AS id FROM syn_match GROUP BY base_id) first_match ON first_match.base_id = b.id
         JOIN syn_town town ON town.n = 1 + (i / 50) % ${s.towns}
         JOIN syn_county county ON county.n = 1 + (i / 100) % ${s.counties}
         JOIN syn_team team_for_place ON team_for_place.n = 1 + ((i / 50) / ${s.towns}) % ${s.teams}
         JOIN syn_team team_for_county ON team_for_county.n = 1 + ((i / 100) / ${s.counties}) % ${s.teams}
         JOIN syn_team team_for_layer ON team_for_layer.n = 1 + ((i - 1) / ${s.bases}) % ${s.teams}`,
    // Where each series sits: the columns the record triggers would copy (see the record-place migration).
    `CREATE TEMP TABLE syn_series AS
       SELECT s.*, place.id AS place_id, place.ancestor_ids AS place_path, place.town_id,
              CASE WHEN place.level = 'VILLAGE' THEN place.id END AS village_id, m.enterprise_id
         FROM syn_series_raw s
         LEFT JOIN base b ON b.id = s.base_id
         JOIN division place ON place.id = COALESCE(s.division_id, b.village_id)
         LEFT JOIN match m ON m.id = s.match_id`,
    `INSERT INTO outcome_record (period, period_start, period_end, base_id, division_id, match_id, team_id,
                                 place_id, place_path, town_id, village_id, enterprise_id,
                                 area_mu, output_value_yuan, jobs_person_times, household_rent_yuan, collective_income_yuan,
                                 households_benefited, at_least, source, status, approved_at)
       SELECT s.period, period_first_day(s.period), period_last_day(s.period), s.base_id, s.division_id, s.match_id, s.team_id,
              s.place_id, s.place_path, s.town_id, s.village_id, s.enterprise_id,
              round((10 + random() * 990)::numeric, 2), round((random() * 1000000)::numeric, 2), floor(random() * 500),
              round((random() * 100000)::numeric, 2), round((random() * 50000)::numeric, 2), floor(random() * 200),
              random() < 0.05, '${SYNTHETIC_MARK}', 'APPROVED', now()
         FROM (SELECT s.*, p.period
                 FROM syn_series s
                 CROSS JOIN generate_series(0, 9) k
                 CROSS JOIN LATERAL (SELECT CASE s.kind
                      WHEN 'YEAR' THEN (2016 + k)::text
                      WHEN 'QUARTER' THEN (2016 + s.i % 7 + k / 4)::text || 'Q' || (1 + k % 4)
                      ELSE to_char(make_date(2016 + s.i % 9, 1 + s.i % 3, 1) + make_interval(months => k::int), 'YYYY-MM') END AS period) p
                ORDER BY s.i, k
                LIMIT ${s.records}) s
        -- Stored in the order clerks enter them, period by period, not series by series: the
        -- table's physical order then resembles a real one's, and so do the planner's choices.
        ORDER BY period_first_day(s.period), s.i`,
    `SET session_replication_role = DEFAULT`,
    `ANALYZE`,
    // The report summaries' triggers were off with the rest: build them from what was loaded.
    `SELECT summary_rebuild()`,
    `ANALYZE summary_cell`,
  ];
}

/** A temporary table numbering the rows of `query` 1, 2, 3… in id order, for picking by number. */
function idTable(name: string, query: string, columns = 'id'): string {
  return `CREATE TEMP TABLE ${name} AS SELECT row_number() OVER (ORDER BY id)::int AS n, ${columns} FROM (${query}) rows`;
}
