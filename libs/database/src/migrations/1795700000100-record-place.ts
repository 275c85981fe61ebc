import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Copies where each outcome record sits (place, its path, town, village, the match's enterprise)
 * onto the record. Reports over a county or a town then read one table through one index
 * instead of joining base, division and match for every record. The copies are kept by
 * triggers in the same transaction as the write that changes them, so reports stay exact and
 * current: a record's own write computes them; moving a base, a division or a match's
 * enterprise rewrites the records concerned (rare, and small for the clerk making the change).
 */
export class RecordPlace1795700000100 implements MigrationInterface {
  name = 'RecordPlace1795700000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE outcome_record
        ADD COLUMN place_id bigint,
        ADD COLUMN place_path bigint[],
        ADD COLUMN town_id bigint,
        ADD COLUMN village_id bigint,
        ADD COLUMN enterprise_id bigint`);
    await queryRunner.query(`
      CREATE FUNCTION outcome_record_place() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        place division%ROWTYPE;
      BEGIN
        SELECT d.* INTO place FROM division d
         WHERE d.id = COALESCE(NEW.division_id, (SELECT b.village_id FROM base b WHERE b.id = NEW.base_id));
        NEW.place_id := place.id;
        NEW.place_path := place.ancestor_ids;
        NEW.town_id := place.town_id;
        NEW.village_id := CASE WHEN place.level = 'VILLAGE' THEN place.id END;
        NEW.enterprise_id := (SELECT m.enterprise_id FROM match m WHERE m.id = NEW.match_id);
        RETURN NEW;
      END $$`);
    // Named to fire after outcome_record_before_write (triggers fire in name order).
    await queryRunner.query(`
      CREATE TRIGGER outcome_record_place BEFORE INSERT OR UPDATE OF base_id, division_id, match_id ON outcome_record
      FOR EACH ROW EXECUTE FUNCTION outcome_record_place()`);
    await queryRunner.query(`UPDATE outcome_record SET base_id = base_id`);
    await queryRunner.query(`ALTER TABLE outcome_record ALTER COLUMN place_id SET NOT NULL, ALTER COLUMN place_path SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_outcome_record_place_path" ON outcome_record USING gin (place_path)`);
    await queryRunner.query(`CREATE INDEX "IDX_outcome_record_town" ON outcome_record (town_id)`);
    await queryRunner.query(`CREATE INDEX "IDX_outcome_record_enterprise" ON outcome_record (enterprise_id)`);

    // The places a record's copies come from, when they change.
    await queryRunner.query(`
      CREATE FUNCTION outcome_record_follow_base() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE outcome_record SET base_id = base_id WHERE base_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outcome_record_follow_base AFTER UPDATE OF village_id ON base
      FOR EACH ROW WHEN (OLD.village_id IS DISTINCT FROM NEW.village_id) EXECUTE FUNCTION outcome_record_follow_base()`);
    await queryRunner.query(`
      CREATE FUNCTION outcome_record_follow_division() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE outcome_record SET base_id = base_id WHERE place_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outcome_record_follow_division AFTER UPDATE OF ancestor_ids, town_id, level ON division
      FOR EACH ROW WHEN (OLD.ancestor_ids IS DISTINCT FROM NEW.ancestor_ids OR OLD.town_id IS DISTINCT FROM NEW.town_id OR OLD.level IS DISTINCT FROM NEW.level)
      EXECUTE FUNCTION outcome_record_follow_division()`);
    await queryRunner.query(`
      CREATE FUNCTION outcome_record_follow_match() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE outcome_record SET match_id = match_id WHERE match_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outcome_record_follow_match AFTER UPDATE OF enterprise_id ON match
      FOR EACH ROW WHEN (OLD.enterprise_id IS DISTINCT FROM NEW.enterprise_id) EXECUTE FUNCTION outcome_record_follow_match()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER outcome_record_follow_match ON match');
    await queryRunner.query('DROP FUNCTION outcome_record_follow_match()');
    await queryRunner.query('DROP TRIGGER outcome_record_follow_division ON division');
    await queryRunner.query('DROP FUNCTION outcome_record_follow_division()');
    await queryRunner.query('DROP TRIGGER outcome_record_follow_base ON base');
    await queryRunner.query('DROP FUNCTION outcome_record_follow_base()');
    await queryRunner.query('DROP TRIGGER outcome_record_place ON outcome_record');
    await queryRunner.query('DROP FUNCTION outcome_record_place()');
    await queryRunner.query(
      'ALTER TABLE outcome_record DROP COLUMN place_id, DROP COLUMN place_path, DROP COLUMN town_id, DROP COLUMN village_id, DROP COLUMN enterprise_id',
    );
  }
}
