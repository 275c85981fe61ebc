import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each division knows its town (乡镇): reports group outcome records by town, and a column is far
 * cheaper than searching `ancestor_ids` per record. Kept by the division triggers, like
 * `ancestor_ids`; existing rows are filled in here.
 */
export class DivisionTown1795700000000 implements MigrationInterface {
  name = 'DivisionTown1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE division ADD COLUMN town_id bigint`);
    await queryRunner.query(`CREATE INDEX "IDX_division_town" ON division (town_id)`);
    await queryRunner.query(`
      CREATE FUNCTION division_town_of(ancestors bigint[]) RETURNS bigint LANGUAGE sql STABLE AS $$
        SELECT id FROM division WHERE id = ANY (ancestors) AND level = 'TOWN' LIMIT 1
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION division_set_town() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Runs after division_before_write (triggers fire in name order), so ancestor_ids is set.
        NEW.town_id := CASE WHEN NEW.level = 'TOWN' THEN NEW.id ELSE division_town_of(NEW.ancestor_ids) END;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER division_set_town BEFORE INSERT OR UPDATE OF parent_id, level, ancestor_ids ON division
      FOR EACH ROW EXECUTE FUNCTION division_set_town()`);
    // A division that becomes or stops being a town changes the town of everything below it.
    await queryRunner.query(`
      CREATE FUNCTION division_after_level_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE division SET ancestor_ids = ancestor_ids WHERE ancestor_ids @> ARRAY[NEW.id] AND id <> NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER division_after_level_change AFTER UPDATE OF level ON division
      FOR EACH ROW WHEN (OLD.level IS DISTINCT FROM NEW.level) EXECUTE FUNCTION division_after_level_change()`);
    await queryRunner.query(`UPDATE division SET town_id = CASE WHEN level = 'TOWN' THEN id ELSE division_town_of(ancestor_ids) END`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER division_after_level_change ON division');
    await queryRunner.query('DROP FUNCTION division_after_level_change()');
    await queryRunner.query('DROP TRIGGER division_set_town ON division');
    await queryRunner.query('DROP FUNCTION division_set_town()');
    await queryRunner.query('DROP FUNCTION division_town_of(bigint[])');
    await queryRunner.query('DROP INDEX "IDX_division_town"');
    await queryRunner.query('ALTER TABLE division DROP COLUMN town_id');
  }
}
