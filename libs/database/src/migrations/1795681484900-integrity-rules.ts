import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rules a CHECK constraint cannot express, as triggers, plus the indexes the generator does
 * not manage. Written by hand and reviewed: together with the generated constraints they keep a
 * bad row out whatever road it takes (API, psql, a script). Errors carry the constraint name the
 * API translates into a clerk's message.
 */
export class IntegrityRules1795681484900 implements MigrationInterface {
  name = 'IntegrityRules1795681484900';

  async up(queryRunner: QueryRunner): Promise<void> {
    // --- division: levels go down the tree, no cycles, ancestor_ids kept for subtree queries.
    await queryRunner.query(`
      CREATE FUNCTION division_before_write() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        parent division%ROWTYPE;
      BEGIN
        IF NEW.parent_id IS NULL THEN
          NEW.ancestor_ids := ARRAY[NEW.id];
        ELSE
          SELECT * INTO parent FROM division WHERE id = NEW.parent_id;
          IF FOUND THEN
            IF NEW.id = ANY (parent.ancestor_ids) THEN
              RAISE EXCEPTION 'a division cannot sit under itself' USING ERRCODE = 'check_violation', CONSTRAINT = 'CHK_division_no_cycle';
            END IF;
            IF parent.level >= NEW.level THEN
              RAISE EXCEPTION 'a division must be below its parent''s level' USING ERRCODE = 'check_violation', CONSTRAINT = 'CHK_division_level_below_parent';
            END IF;
            NEW.ancestor_ids := parent.ancestor_ids || NEW.id;
          ELSE
            NEW.ancestor_ids := ARRAY[NEW.id]; -- the foreign key refuses the missing parent
          END IF;
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.level <> OLD.level THEN
          IF EXISTS (SELECT 1 FROM division child WHERE child.parent_id = NEW.id AND child.level <= NEW.level) THEN
            RAISE EXCEPTION 'a child would not be below its parent' USING ERRCODE = 'check_violation', CONSTRAINT = 'CHK_division_level_below_parent';
          END IF;
          IF OLD.level = 'VILLAGE' AND (EXISTS (SELECT 1 FROM base WHERE village_id = NEW.id) OR EXISTS (SELECT 1 FROM match WHERE village_id = NEW.id)) THEN
            RAISE EXCEPTION 'bases and matches need a village' USING ERRCODE = 'check_violation', CONSTRAINT = 'CHK_division_level_change';
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER division_before_write BEFORE INSERT OR UPDATE OF parent_id, level ON division
      FOR EACH ROW EXECUTE FUNCTION division_before_write()`);
    // A moved division takes its whole subtree along.
    await queryRunner.query(`
      CREATE FUNCTION division_after_move() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE division
           SET ancestor_ids = NEW.ancestor_ids || ancestor_ids[array_position(ancestor_ids, NEW.id) + 1:]
         WHERE ancestor_ids @> ARRAY[NEW.id] AND id <> NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER division_after_move AFTER UPDATE OF parent_id ON division
      FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id) EXECUTE FUNCTION division_after_move()`);
    await queryRunner.query(`CREATE INDEX "IDX_division_ancestors" ON division USING gin (ancestor_ids)`);

    // --- an outcome record's match must belong to the record's base, or lie in its division.
    await queryRunner.query(`
      CREATE FUNCTION outcome_match_fits(record_base bigint, record_division bigint, match_id bigint) RETURNS boolean
      LANGUAGE sql STABLE AS $$
        SELECT CASE
          WHEN record_base IS NOT NULL THEN
            m.base_id = record_base OR (m.base_id IS NULL AND m.village_id = (SELECT village_id FROM base WHERE id = record_base))
          ELSE
            EXISTS (SELECT 1 FROM division v WHERE v.id = m.village_id AND v.ancestor_ids @> ARRAY[record_division])
        END
        FROM match m WHERE m.id = match_id
      $$`);

    // --- base: lies in a village; moving it must not strand its matches or records.
    await queryRunner.query(`
      CREATE FUNCTION base_before_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM division WHERE id = NEW.village_id AND level <> 'VILLAGE') THEN
          RAISE EXCEPTION 'a base lies in a village' USING ERRCODE = 'check_violation', CONSTRAINT = 'CHK_base_village_level';
        END IF;
        IF TG_OP = 'UPDATE' AND NEW.village_id <> OLD.village_id THEN
          IF EXISTS (SELECT 1 FROM match WHERE base_id = NEW.id AND village_id <> NEW.village_id) THEN
            RAISE EXCEPTION 'the base''s matches are in another village' USING ERRCODE = 'check_violation', CONSTRAINT = 'CHK_match_base_village';
          END IF;
          IF EXISTS (SELECT 1 FROM outcome_record r JOIN match m ON m.id = r.match_id
                      WHERE r.base_id = NEW.id AND m.base_id IS NULL AND m.village_id <> NEW.village_id) THEN
            RAISE EXCEPTION 'the base''s records name a match of another village' USING ERRCODE = 'check_violation', CONSTRAINT = 'CHK_outcome_record_match_scope';
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER base_before_write BEFORE INSERT OR UPDATE OF village_id ON base
      FOR EACH ROW EXECUTE FUNCTION base_before_write()`);

    // --- match: pairs with a village; its base lies in that village; records keep fitting.
    await queryRunner.query(`
      CREATE FUNCTION match_before_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM division WHERE id = NEW.village_id AND level <> 'VILLAGE') THEN
          RAISE EXCEPTION 'a match pairs with a village' USING ERRCODE = 'check_violation', CONSTRAINT = 'CHK_match_village_level';
        END IF;
        IF NEW.base_id IS NOT NULL AND EXISTS (SELECT 1 FROM base WHERE id = NEW.base_id AND village_id <> NEW.village_id) THEN
          RAISE EXCEPTION 'the base lies in another village' USING ERRCODE = 'check_violation', CONSTRAINT = 'CHK_match_base_village';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER match_before_write BEFORE INSERT OR UPDATE OF village_id, base_id ON match
      FOR EACH ROW EXECUTE FUNCTION match_before_write()`);
    // Checked after the row changed, so outcome_match_fits sees the match's new base and village.
    await queryRunner.query(`
      CREATE FUNCTION match_after_move() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM outcome_record r WHERE r.match_id = NEW.id AND NOT outcome_match_fits(r.base_id, r.division_id, r.match_id)) THEN
          RAISE EXCEPTION 'records of the match would no longer fit' USING ERRCODE = 'check_violation', CONSTRAINT = 'CHK_outcome_record_match_scope';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER match_after_move AFTER UPDATE OF village_id, base_id ON match
      FOR EACH ROW EXECUTE FUNCTION match_after_move()`);

    // --- outcome record: period bounds derived here, so they can never disagree with period.
    await queryRunner.query(`
      CREATE FUNCTION outcome_record_before_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.period_start := period_first_day(NEW.period);
        NEW.period_end := period_last_day(NEW.period);
        IF NEW.match_id IS NOT NULL AND NOT COALESCE(outcome_match_fits(NEW.base_id, NEW.division_id, NEW.match_id), true) THEN
          RAISE EXCEPTION 'the match does not belong to the record''s scope' USING ERRCODE = 'check_violation', CONSTRAINT = 'CHK_outcome_record_match_scope';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outcome_record_before_write BEFORE INSERT OR UPDATE ON outcome_record
      FOR EACH ROW EXECUTE FUNCTION outcome_record_before_write()`);
    // One record per series (scope + match + team) and period; NULL ids count as equal.
    await queryRunner.query(`
      CREATE UNIQUE INDEX "UQ_outcome_record_series_period" ON outcome_record (base_id, division_id, match_id, team_id, period) NULLS NOT DISTINCT`);

    // --- usernames are unique whatever their case.
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_app_user_username" ON app_user (lower(username))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "UQ_app_user_username"');
    await queryRunner.query('DROP INDEX "UQ_outcome_record_series_period"');
    await queryRunner.query('DROP TRIGGER outcome_record_before_write ON outcome_record');
    await queryRunner.query('DROP FUNCTION outcome_record_before_write()');
    await queryRunner.query('DROP TRIGGER match_after_move ON match');
    await queryRunner.query('DROP FUNCTION match_after_move()');
    await queryRunner.query('DROP TRIGGER match_before_write ON match');
    await queryRunner.query('DROP FUNCTION match_before_write()');
    await queryRunner.query('DROP TRIGGER base_before_write ON base');
    await queryRunner.query('DROP FUNCTION base_before_write()');
    await queryRunner.query('DROP FUNCTION outcome_match_fits(bigint, bigint, bigint)');
    await queryRunner.query('DROP INDEX "IDX_division_ancestors"');
    await queryRunner.query('DROP TRIGGER division_after_move ON division');
    await queryRunner.query('DROP FUNCTION division_after_move()');
    await queryRunner.query('DROP TRIGGER division_before_write ON division');
    await queryRunner.query('DROP FUNCTION division_before_write()');
  }
}
