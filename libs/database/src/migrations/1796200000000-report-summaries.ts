import type { MigrationInterface, QueryRunner } from 'typeorm';

import {
  appendCellsSql,
  CELL_COLUMNS,
  facetsSql,
  FIGURE_COLUMNS,
  REACH_COLUMNS,
  reachCellsSql,
  stockCellsSql,
  VISIT_COLUMNS,
} from './report-summaries/cell-sql.js';

/**
 * Report summaries (issue 12, docs/reports.md): every approved figure, service activity and
 * signed match is also kept as signed cells per division and facet, written by statement
 * triggers in the same transaction as the change, so a report over a province reads a few
 * hundred cells instead of every record and is still exact and current at every commit.
 *
 * Cells are only ever appended (signed deltas): sixteen clerks approving in sixteen towns never
 * wait on one province row. `summary_fold()` compacts them; figures are the same either way.
 * Writers that touch the same series or place queue on a transaction advisory lock (taken in
 * sorted order) and recompute it from a fresh snapshot, so two writers never both subtract the
 * same old state. Moving a base, a division or a match to another place marks the summaries
 * stale (reports read the records directly, still exact) until `summary_rebuild()`.
 */
export class ReportSummaries1796200000000 implements MigrationInterface {
  name = 'ReportSummaries1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}

const columns = CELL_COLUMNS.join(', ');
/** What identifies a cell: every appended delta of it adds to the same sum. */
const CELL_KEY = 'node_id, facet, facet_key, part, lo, hi';
const zeros = (names: readonly string[]) => names.map((name) => `0 AS ${name}`).join(', ');
const NO_FIGURES = zeros(FIGURE_COLUMNS);
const NO_REACH = zeros(REACH_COLUMNS);
const NO_VISITS = zeros(VISIT_COLUMNS);
const sums = CELL_COLUMNS.map((column) => `sum(${column})`).join(', ');
const nonZero = CELL_COLUMNS.map((column) => `sum(${column}) <> 0`).join(' OR ');

/** The place events of one outcome record, one kind of place at a time (`only_kind`; NULL: all). */
const RECORD_PLACES = `
  CREATE FUNCTION summary_record_places(r outcome_record, only_kind "char") RETURNS SETOF summary_event LANGUAGE sql STABLE AS $$
    SELECT k.kind, k.place_id, n.node_id, f.facet, f.facet_key, summary_month(r.period_start), summary_month(r.period_end), 1
      FROM (VALUES ('t'::"char", r.town_id, false), ('v', r.village_id, false), ('b', r.base_id, false),
                   ('m', r.match_id, true), ('e', r.enterprise_id, true)) k(kind, place_id, per_node)
      CROSS JOIN LATERAL (SELECT unnest(r.place_path) WHERE k.per_node UNION ALL SELECT 0::bigint WHERE NOT k.per_node) n(node_id)
      CROSS JOIN LATERAL ${facetsSql('r.town_id', 'r.village_id', 'r.enterprise_id')} f(facet, facet_key)
     WHERE r.status = 'APPROVED' AND (only_kind IS NULL OR k.kind = only_kind) AND k.place_id IS NOT NULL AND f.facet_key IS NOT NULL
       -- A match's or an enterprise's events all belong to its one enterprise: facet E is facet *.
       AND NOT (k.per_node AND f.facet = 'E')
  $$`;

/** A service activity reaches its base, village and town in its month. */
const ACTIVITY_PLACES = `
  CREATE FUNCTION summary_activity_places(a service_activity) RETURNS SETOF summary_event LANGUAGE sql STABLE AS $$
    SELECT k.kind, k.place_id, 0::bigint, f.facet, f.facet_key, summary_month(a.date), summary_month(a.date), 1
      FROM base b JOIN division v ON v.id = b.village_id
      CROSS JOIN LATERAL (VALUES ('t'::"char", v.town_id), ('v', v.id), ('b', b.id)) k(kind, place_id)
      CROSS JOIN LATERAL ${facetsSql('v.town_id', 'v.id', 'NULL::bigint')} f(facet, facet_key)
     WHERE b.id = a.base_id AND k.place_id IS NOT NULL AND f.facet_key IS NOT NULL
  $$`;

/**
 * A match reaches itself and its enterprise in the month it was signed; one never signed counts
 * only in a report without a range ("ever": lo −1, hi beyond any month).
 */
const SIGNED_PLACES = `
  CREATE FUNCTION summary_signed_places(m match) RETURNS SETOF summary_event LANGUAGE sql STABLE AS $$
    SELECT k.kind, k.place_id, n.node_id, f.facet, f.facet_key,
           COALESCE(summary_month(m.signed_on), -1), COALESCE(summary_month(m.signed_on), 999999), 1
      FROM division v
      CROSS JOIN LATERAL (VALUES ('m'::"char", m.id), ('e', m.enterprise_id)) k(kind, place_id)
      CROSS JOIN LATERAL unnest(v.ancestor_ids) n(node_id)
      CROSS JOIN LATERAL ${facetsSql('v.town_id', 'v.id', 'm.enterprise_id')} f(facet, facet_key)
     WHERE v.id = m.village_id AND f.facet_key IS NOT NULL AND f.facet <> 'E'
  $$`;

const UNIT = 'kind, place_id, node_id, facet, facet_key';
const sameUnitPeriod = (a: string, b: string) =>
  [...UNIT.split(', '), 'lo', 'hi'].map((column) => `${a}.${column} = ${b}.${column}`).join(' AND ');

/**
 * Appends the reach deltas of a set of changed events (+1 added, −1 removed). Each unit counts its
 * events per period (summary_presence); only a period whose count leaves or reaches zero changes
 * what the unit reaches — an approval in a month its town already has costs one counter — and
 * only such units have their cells recomputed, as they are now and as they were, the difference
 * appended.
 */
const APPLY_REACH = `
  CREATE FUNCTION summary_apply_reach(changed summary_event[]) RETURNS void LANGUAGE plpgsql AS $$
  DECLARE
    flipped summary_event[];
  BEGIN
    -- An update that leaves an event where it was (an edit of figures) changes no count.
    changed := ARRAY(SELECT (${UNIT}, lo, hi, sum(n)::int)::summary_event FROM unnest(changed)
                      GROUP BY ${UNIT}, lo, hi HAVING sum(n) <> 0);
    IF cardinality(changed) = 0 THEN RETURN; END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('summary:' || kind::text || ':' || place_id, 0))
       FROM (SELECT DISTINCT kind, place_id FROM unnest(changed) ORDER BY kind, place_id) touched;
    -- A new statement, so a fresh snapshot: it counts on what a writer that held the lock committed.
    WITH changes AS (SELECT * FROM unnest(changed)),
    counted AS (
      INSERT INTO summary_presence AS p (${UNIT}, lo, hi, n)
      SELECT ${UNIT}, lo, hi, n FROM changes
      ON CONFLICT (${UNIT}, lo, hi) DO UPDATE SET n = p.n + EXCLUDED.n
      RETURNING p.*
    )
    SELECT array_agg((${UNIT.split(', ')
      .map((column) => `c.${column}`)
      .join(', ')}, c.lo, c.hi, CASE WHEN c.n > 0 THEN 1 ELSE -1 END)::summary_event)
      INTO flipped
      FROM counted c JOIN changes ch ON ${sameUnitPeriod('c', 'ch')}
     WHERE (c.n > 0) <> (c.n - ch.n > 0);
    DELETE FROM summary_presence p USING unnest(changed) c WHERE ${sameUnitPeriod('p', 'c')} AND p.n <= 0;
    IF flipped IS NULL THEN RETURN; END IF;
    ${appendCellsSql(`
    WITH flips AS (SELECT * FROM unnest(flipped)),
    units AS (SELECT DISTINCT ${UNIT} FROM flips),
    now_periods AS (
      SELECT ${UNIT.split(', ')
        .map((column) => `p.${column}`)
        .join(', ')}, p.lo, p.hi FROM summary_presence p JOIN units u USING (${UNIT}) WHERE p.n > 0
    ),
    periods AS (
      SELECT 1 AS sign, ${UNIT}, lo, hi FROM now_periods
      UNION ALL
      SELECT -1, ${UNIT}, lo, hi FROM (
        SELECT ${UNIT}, lo, hi FROM now_periods
        EXCEPT SELECT ${UNIT}, lo, hi FROM flips WHERE n > 0
        UNION SELECT ${UNIT}, lo, hi FROM flips WHERE n < 0
      ) was
    ),
    ${reachCellsSql('SELECT * FROM periods')}
    SELECT node_id, facet, facet_key, lo, hi, part, ${NO_FIGURES}, towns, villages, bases, matches, enterprises, ${NO_VISITS}
      FROM reach_cells WHERE towns <> 0 OR villages <> 0 OR bases <> 0 OR matches <> 0 OR enterprises <> 0`)};
  END $$`;

/** Figure cells of records: flows, counts and lower bounds add; stocks come from their series. */
function figureCellsSql(changes: string, stockSource: string): string {
  return `
    WITH changes AS (${changes}),
    ${stockCellsSql(stockSource)},
    own AS (
      SELECT sign, lo, hi, 'R'::"char" AS part, 0 AS area_mu, 0 AS households_benefited, output_value_yuan, jobs_person_times,
             household_rent_yuan, collective_income_yuan, 1 AS records, CASE WHEN at_least THEN 1 ELSE 0 END AS at_least,
             place_path, town_id, village_id, enterprise_id
        FROM changes
      UNION ALL
      -- A series' cells before and after mostly cancel: added up per series first, only the
      -- difference is spread over the divisions and facets.
      SELECT 1, lo, hi, part, sum(sign * v) FILTER (WHERE col = 'a'), sum(sign * v) FILTER (WHERE col = 'h'), 0, 0, 0, 0, 0, 0,
             place_path, town_id, village_id, enterprise_id
        FROM stock_cells
       GROUP BY series, lo, hi, part, place_path, town_id, village_id, enterprise_id
      HAVING sum(sign * v) FILTER (WHERE col = 'a') <> 0 OR sum(sign * v) FILTER (WHERE col = 'h') <> 0
    )
    SELECT n.node_id, f.facet, f.facet_key, o.lo, o.hi, o.part,
           sum(o.sign * COALESCE(o.area_mu, 0)) AS area_mu, sum(o.sign * COALESCE(o.households_benefited, 0)) AS households_benefited,
           sum(o.sign * COALESCE(o.output_value_yuan, 0)) AS output_value_yuan, sum(o.sign * COALESCE(o.jobs_person_times, 0)) AS jobs_person_times,
           sum(o.sign * COALESCE(o.household_rent_yuan, 0)) AS household_rent_yuan,
           sum(o.sign * COALESCE(o.collective_income_yuan, 0)) AS collective_income_yuan, sum(o.sign * o.records) AS records,
           sum(o.sign * o.at_least) AS at_least, ${NO_REACH}, ${NO_VISITS}
      FROM own o
      CROSS JOIN LATERAL unnest(o.place_path) n(node_id)
      CROSS JOIN LATERAL ${facetsSql('o.town_id', 'o.village_id', 'o.enterprise_id')} f(facet, facet_key)
     WHERE f.facet_key IS NOT NULL
     GROUP BY n.node_id, f.facet, f.facet_key, o.lo, o.hi, o.part`;
}

const RECORD_COLUMNS = `r.base_id, r.division_id, r.match_id, r.team_id, summary_month(r.period_start) AS lo, summary_month(r.period_end) AS hi,
       r.area_mu, r.households_benefited, r.place_path, r.town_id, r.village_id, r.enterprise_id`;

/** A series' stock values, one row per record and stock, for stockCellsSql. */
function stockRows(rows: string): string {
  return `SELECT x.sign, x.base_id, x.division_id, x.match_id, x.team_id, x.lo, x.hi, s.col, s.v, x.place_path, x.town_id, x.village_id, x.enterprise_id
            FROM (${rows}) x CROSS JOIN LATERAL (VALUES ('a', x.area_mu), ('h', x.households_benefited)) s(col, v) WHERE s.v IS NOT NULL`;
}

/**
 * Appends the figure deltas of the approved records a statement added and removed: flows,
 * counts and lower bounds as they are; stocks by recomputing each touched series before and after.
 */
const APPLY_FIGURES = `
  CREATE FUNCTION summary_apply_figures(added outcome_record[], removed outcome_record[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    -- Drafts are not summarised: writing one costs nothing more here.
    IF NOT EXISTS (SELECT 1 FROM unnest(added) r WHERE r.status = 'APPROVED')
       AND NOT EXISTS (SELECT 1 FROM unnest(removed) r WHERE r.status = 'APPROVED') THEN
      RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('summary:s:' || concat_ws(',', base_id, division_id, match_id, team_id), 0))
       FROM (SELECT DISTINCT base_id, division_id, match_id, team_id
               FROM (SELECT * FROM unnest(added) UNION ALL SELECT * FROM unnest(removed)) r WHERE r.status = 'APPROVED'
              ORDER BY 1, 2, 3, 4) touched;
    ${appendCellsSql(
      figureCellsSql(
        `SELECT 1 AS sign, r.*, summary_month(r.period_start) AS lo, summary_month(r.period_end) AS hi FROM unnest(added) r WHERE r.status = 'APPROVED'
       UNION ALL
       SELECT -1, r.*, summary_month(r.period_start), summary_month(r.period_end) FROM unnest(removed) r WHERE r.status = 'APPROVED'`,
        stockRows(`
        WITH touched AS (SELECT DISTINCT base_id, division_id, match_id, team_id FROM changes),
        now_records AS (
          SELECT r.* FROM outcome_record r JOIN touched t ON r.base_id = t.base_id
           WHERE r.status = 'APPROVED' AND r.match_id IS NOT DISTINCT FROM t.match_id AND r.team_id IS NOT DISTINCT FROM t.team_id
          UNION ALL
          SELECT r.* FROM outcome_record r JOIN touched t ON r.division_id = t.division_id
           WHERE r.status = 'APPROVED' AND r.match_id IS NOT DISTINCT FROM t.match_id AND r.team_id IS NOT DISTINCT FROM t.team_id
        )
        SELECT 1 AS sign, ${RECORD_COLUMNS} FROM now_records r
        UNION ALL
        SELECT -1, ${RECORD_COLUMNS} FROM now_records r WHERE r.id NOT IN (SELECT id FROM changes WHERE sign = 1)
        UNION ALL
        SELECT -1, ${RECORD_COLUMNS} FROM changes r WHERE r.sign = -1`),
      ),
    )};
  END $$`;

/** Service activities add one visit and their farmers trained in their month, in every division above their base. */
const APPLY_VISITS = `
  CREATE FUNCTION summary_apply_visits(added service_activity[], removed service_activity[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    ${appendCellsSql(`
    SELECT n.node_id, f.facet, f.facet_key, summary_month(a.date) AS lo, summary_month(a.date) AS hi, 'R'::"char" AS part,
           ${NO_FIGURES}, ${NO_REACH}, sum(a.sign) AS service_activities, sum(a.sign * a.farmers_trained) AS farmers_trained
      FROM (SELECT 1 AS sign, * FROM unnest(added) UNION ALL SELECT -1, * FROM unnest(removed)) a
      JOIN base b ON b.id = a.base_id JOIN division v ON v.id = b.village_id
      CROSS JOIN LATERAL unnest(v.ancestor_ids) n(node_id)
      CROSS JOIN LATERAL ${facetsSql('v.town_id', 'v.id', 'NULL::bigint')} f(facet, facet_key)
     WHERE f.facet_key IS NOT NULL
     GROUP BY n.node_id, f.facet, f.facet_key, summary_month(a.date)
    HAVING sum(a.sign) <> 0 OR sum(a.sign * a.farmers_trained) <> 0`)};
  END $$`;

/** The three statement triggers of a table: its rows before and after, as arrays, to one function. */
function statementTriggers(table: string, body: (added: string, removed: string) => string): string[] {
  const empty = `ARRAY[]::${table}[]`;
  const cases = [
    { event: 'INSERT', transition: 'NEW TABLE AS added_rows', added: `(SELECT array_agg(x::${table}) FROM added_rows x)`, removed: empty },
    {
      event: 'UPDATE',
      transition: 'OLD TABLE AS removed_rows NEW TABLE AS added_rows',
      added: `(SELECT array_agg(x::${table}) FROM added_rows x)`,
      removed: `(SELECT array_agg(x::${table}) FROM removed_rows x)`,
    },
    {
      event: 'DELETE',
      transition: 'OLD TABLE AS removed_rows',
      added: empty,
      removed: `(SELECT array_agg(x::${table}) FROM removed_rows x)`,
    },
  ];
  return cases.flatMap(({ event, transition, added, removed }) => {
    const name = `summary_${table}_${event.toLowerCase()}`;
    return [
      `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE
         added ${table}[];
         removed ${table}[];
       BEGIN
         IF NOT summaries_current() THEN RETURN NULL; END IF;
         added := COALESCE(${added}, ${empty});
         removed := COALESCE(${removed}, ${empty});
         ${body('added', 'removed')}
         RETURN NULL;
       END $$`,
      `CREATE TRIGGER ${name} AFTER ${event} ON ${table} REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`,
    ];
  });
}

const changedEvents = (places: string, added: string, removed: string) =>
  `ARRAY(SELECT e FROM unnest(${added}) x CROSS JOIN LATERAL ${places} e
         UNION ALL SELECT (e.kind, e.place_id, e.node_id, e.facet, e.facet_key, e.lo, e.hi, -1)::summary_event
           FROM unnest(${removed}) x CROSS JOIN LATERAL ${places} e)`;

/** Marks the summaries stale when something moves: every record or visit below it would change place. */
function invalidateOn(table: string, columns: string[], reason: string): string[] {
  const changed = columns.map((column) => `OLD.${column} IS DISTINCT FROM NEW.${column}`).join(' OR ');
  return [
    `CREATE FUNCTION summary_stale_on_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       UPDATE summary_state SET current = false, changed_at = now(), reason = '${reason}' WHERE current;
       RETURN NULL;
     END $$`,
    // No `OF columns`: a division's path is rewritten by its own BEFORE trigger, which `OF` does not see.
    `CREATE TRIGGER summary_stale_on_${table} AFTER UPDATE ON ${table}
     FOR EACH ROW WHEN (${changed}) EXECUTE FUNCTION summary_stale_on_${table}()`,
  ];
}

/** Recomputes every cell from the records, visits and matches; writers wait, readers do not. */
const REBUILD = `
  CREATE FUNCTION summary_rebuild() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    LOCK TABLE outcome_record, service_activity, match, base, division IN SHARE MODE;
    TRUNCATE summary_cell;
    ${appendCellsSql(
      figureCellsSql(
        `SELECT 1 AS sign, r.*, summary_month(r.period_start) AS lo, summary_month(r.period_end) AS hi FROM outcome_record r WHERE r.status = 'APPROVED'`,
        stockRows(`SELECT 1 AS sign, ${RECORD_COLUMNS} FROM outcome_record r WHERE r.status = 'APPROVED'`),
      ),
    )};
    PERFORM summary_apply_visits(ARRAY(SELECT a FROM service_activity a), ARRAY[]::service_activity[]);
    TRUNCATE summary_presence;
    INSERT INTO summary_presence (${UNIT}, lo, hi, n)
    SELECT ${UNIT}, lo, hi, count(*) FROM (
      SELECT e.* FROM outcome_record r CROSS JOIN LATERAL summary_record_places(r, NULL) e
      UNION ALL SELECT e.* FROM service_activity a CROSS JOIN LATERAL summary_activity_places(a) e
      UNION ALL SELECT e.* FROM match m CROSS JOIN LATERAL summary_signed_places(m) e) e
    GROUP BY ${UNIT}, lo, hi;
    ${appendCellsSql(`
    WITH ${reachCellsSql(`SELECT 1 AS sign, ${UNIT}, lo, hi FROM summary_presence`)}
    SELECT node_id, facet, facet_key, lo, hi, part, ${NO_FIGURES}, towns, villages, bases, matches, enterprises, ${NO_VISITS}
      FROM reach_cells WHERE towns <> 0 OR villages <> 0 OR bases <> 0 OR matches <> 0 OR enterprises <> 0`)};
    -- Folded, the cells of a node lie together on disk: a report reads a few pages, not one per cell.
    PERFORM summary_fold_all();
    UPDATE summary_state SET current = true, changed_at = now(), reason = 'rebuilt';
  END $$`;

/**
 * Folds the cells appended since the last fold (`seq` past `folded_through`) into one row per
 * cell, and drops cells that add up to nothing: only the cells writers touched are rewritten, so
 * the housekeeping job costs what was written since, not the size of the province. Rows appended
 * by transactions still open are not seen by the DELETE and stay; one that commits late below the
 * new mark is still read by every report, and folded by the next `summary_fold_all()`.
 */
const FOLD = `
  CREATE FUNCTION summary_fold() RETURNS bigint LANGUAGE plpgsql AS $$
  DECLARE
    since bigint;
    reached bigint;
    written bigint;
  BEGIN
    SELECT folded_through INTO since FROM summary_state FOR UPDATE;
    WITH recent AS (SELECT ${CELL_KEY}, seq FROM summary_cell WHERE seq > since),
    touched AS (SELECT DISTINCT ${CELL_KEY} FROM recent),
    gone AS (
      DELETE FROM summary_cell c USING touched t
       WHERE ${CELL_KEY.split(', ')
         .map((column) => `c.${column} = t.${column}`)
         .join(' AND ')}
      RETURNING c.*
    ),
    folded AS (
      INSERT INTO summary_cell (${CELL_KEY}, ${columns})
      SELECT ${CELL_KEY}, ${sums} FROM gone GROUP BY ${CELL_KEY} HAVING ${nonZero} ORDER BY node_id, facet, part, lo, hi
      RETURNING seq
    )
    SELECT greatest((SELECT max(seq) FROM recent), (SELECT max(seq) FROM folded)), (SELECT count(*) FROM folded) INTO reached, written;
    UPDATE summary_state SET folded_through = COALESCE(reached, since);
    RETURN written;
  END $$`;

/** Folds every cell, in node order, so that a node's cells lie together on disk (after a rebuild). */
const FOLD_ALL = `
  CREATE FUNCTION summary_fold_all() RETURNS bigint LANGUAGE plpgsql AS $$
  DECLARE
    written bigint;
  BEGIN
    PERFORM 1 FROM summary_state FOR UPDATE;
    WITH gone AS (DELETE FROM summary_cell RETURNING *),
    folded AS (
      INSERT INTO summary_cell (${CELL_KEY}, ${columns})
      SELECT ${CELL_KEY}, ${sums} FROM gone GROUP BY ${CELL_KEY} HAVING ${nonZero} ORDER BY node_id, facet, part, lo, hi
      RETURNING seq
    )
    SELECT count(*) FROM folded INTO written;
    UPDATE summary_state SET folded_through = (SELECT COALESCE(max(seq), 0) FROM summary_cell);
    RETURN written;
  END $$`;

/**
 * The record-place migration's division trigger listened for `UPDATE OF ancestor_ids, …`; a moved
 * division gets its new path from its own BEFORE trigger, which `OF` does not see, so the records
 * kept at the moved division itself kept their old path (found by the summary property test).
 */
const FOLLOW_DIVISION_FIX = [
  'DROP TRIGGER outcome_record_follow_division ON division',
  `CREATE TRIGGER outcome_record_follow_division AFTER UPDATE ON division
   FOR EACH ROW WHEN (OLD.ancestor_ids IS DISTINCT FROM NEW.ancestor_ids OR OLD.town_id IS DISTINCT FROM NEW.town_id OR OLD.level IS DISTINCT FROM NEW.level)
   EXECUTE FUNCTION outcome_record_follow_division()`,
];
const FOLLOW_DIVISION_UNDO = [
  'DROP TRIGGER outcome_record_follow_division ON division',
  `CREATE TRIGGER outcome_record_follow_division AFTER UPDATE OF ancestor_ids, town_id, level ON division
   FOR EACH ROW WHEN (OLD.ancestor_ids IS DISTINCT FROM NEW.ancestor_ids OR OLD.town_id IS DISTINCT FROM NEW.town_id OR OLD.level IS DISTINCT FROM NEW.level)
   EXECUTE FUNCTION outcome_record_follow_division()`,
];

const UP = [
  ...FOLLOW_DIVISION_FIX,
  `CREATE FUNCTION summary_month(day date) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
     SELECT (extract(year FROM day) * 12 + extract(month FROM day) - 1)::int
   $$`,
  `CREATE TABLE summary_cell (
     node_id bigint NOT NULL,
     facet "char" NOT NULL,
     facet_key bigint NOT NULL,
     lo int NOT NULL,
     hi int NOT NULL,
     part "char" NOT NULL,
     area_mu numeric NOT NULL, households_benefited numeric NOT NULL, output_value_yuan numeric NOT NULL,
     jobs_person_times numeric NOT NULL, household_rent_yuan numeric NOT NULL, collective_income_yuan numeric NOT NULL,
     records int NOT NULL, at_least int NOT NULL,
     towns int NOT NULL, villages int NOT NULL, bases int NOT NULL, matches int NOT NULL, enterprises int NOT NULL,
     service_activities int NOT NULL, farmers_trained bigint NOT NULL,
     seq bigint GENERATED ALWAYS AS IDENTITY
   )`,
  `COMMENT ON TABLE summary_cell IS 'Signed cells of approved figures, visits and reach per division and facet; see docs/reports.md. Append-only; summary_fold() compacts.'`,
  `CREATE INDEX summary_cell_node ON summary_cell (node_id, facet, part, lo, hi)`,
  // Appended in seq order: a block-range index finds what was written since the last fold.
  `CREATE INDEX summary_cell_seq ON summary_cell USING brin (seq)`,
  `CREATE TABLE summary_presence (
     kind "char" NOT NULL,
     place_id bigint NOT NULL,
     node_id bigint NOT NULL,
     facet "char" NOT NULL,
     facet_key bigint NOT NULL,
     lo int NOT NULL,
     hi int NOT NULL,
     n int NOT NULL,
     PRIMARY KEY (kind, place_id, node_id, facet, facet_key, lo, hi)
   )`,
  `COMMENT ON TABLE summary_presence IS 'How many approved records, visits and signings each reach unit (a place, per facet; a match or enterprise also per division) has in each period; see docs/reports.md.'`,
  `CREATE TABLE summary_state (
     singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
     current boolean NOT NULL,
     folded_through bigint NOT NULL DEFAULT 0,
     changed_at timestamptz NOT NULL DEFAULT now(),
     reason text NOT NULL
   )`,
  `INSERT INTO summary_state (current, reason) VALUES (false, 'not built yet')`,
  `CREATE FUNCTION summaries_current() RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT current FROM summary_state $$`,
  `CREATE TYPE summary_event AS (kind "char", place_id bigint, node_id bigint, facet "char", facet_key bigint, lo int, hi int, n int)`,
  RECORD_PLACES,
  ACTIVITY_PLACES,
  SIGNED_PLACES,
  APPLY_REACH,
  APPLY_FIGURES,
  APPLY_VISITS,
  ...statementTriggers(
    'outcome_record',
    (added, removed) => `PERFORM summary_apply_figures(${added}, ${removed});
         PERFORM summary_apply_reach(${changedEvents('summary_record_places(x, NULL)', added, removed)});`,
  ),
  ...statementTriggers(
    'service_activity',
    (added, removed) => `PERFORM summary_apply_visits(${added}, ${removed});
         PERFORM summary_apply_reach(${changedEvents('summary_activity_places(x)', added, removed)});`,
  ),
  ...statementTriggers(
    'match',
    (added, removed) => `PERFORM summary_apply_reach(${changedEvents('summary_signed_places(x)', added, removed)});`,
  ),
  ...invalidateOn('base', ['village_id'], 'a base moved to another village'),
  ...invalidateOn('division', ['ancestor_ids', 'town_id', 'level'], 'a division moved'),
  ...invalidateOn('match', ['village_id', 'enterprise_id'], 'a match changed village or enterprise'),
  FOLD,
  FOLD_ALL,
  REBUILD,
  `SELECT summary_rebuild()`,
];

const DOWN = [
  'DROP FUNCTION summary_rebuild()',
  'DROP FUNCTION summary_fold_all()',
  'DROP FUNCTION summary_fold()',
  ...['match', 'division', 'base'].flatMap((table) => [
    `DROP TRIGGER summary_stale_on_${table} ON ${table}`,
    `DROP FUNCTION summary_stale_on_${table}()`,
  ]),
  ...['match', 'service_activity', 'outcome_record'].flatMap((table) =>
    ['insert', 'update', 'delete'].flatMap((event) => [
      `DROP TRIGGER summary_${table}_${event} ON ${table}`,
      `DROP FUNCTION summary_${table}_${event}()`,
    ]),
  ),
  'DROP FUNCTION summary_apply_visits(service_activity[], service_activity[])',
  'DROP FUNCTION summary_apply_figures(outcome_record[], outcome_record[])',
  'DROP FUNCTION summary_apply_reach(summary_event[])',
  'DROP FUNCTION summary_signed_places(match)',
  'DROP FUNCTION summary_activity_places(service_activity)',
  'DROP FUNCTION summary_record_places(outcome_record, "char")',
  'DROP TYPE summary_event',
  'DROP FUNCTION summaries_current()',
  'DROP TABLE summary_state',
  'DROP TABLE summary_presence',
  'DROP TABLE summary_cell',
  'DROP FUNCTION summary_month(date)',
  ...FOLLOW_DIVISION_UNDO,
];
