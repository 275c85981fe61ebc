import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows clerks and administrators write: each change leaves an audit entry. */
const AUDITED = [
  'division',
  'enterprise',
  'member',
  'member_enterprise',
  'base',
  'match',
  'match_broker',
  'service_team',
  'service_team_member',
  'service_activity',
  'outcome_record',
  'app_user',
  'api_key',
];

/** The tables with an `update…` operation: their `version` counts the updates. */
const VERSIONED = ['division', 'enterprise', 'member', 'base', 'match', 'service_team', 'service_activity', 'outcome_record', 'app_user'];

/**
 * The rules of trust that hold whatever road a write takes:
 *
 * - `version` goes up by one on every UPDATE (optimistic concurrency for clients).
 * - Every INSERT, UPDATE and DELETE of the audited tables writes an `audit_entry` in the same
 *   transaction: who (from the transaction's `rural.actor_*` settings, set by the app when the
 *   transaction starts; SYSTEM when unset), what (the action, derived from the change), and the
 *   row before and after as JSON, secrets left out. A change of nothing but bookkeeping columns
 *   (a key's last use, a copied place) writes nothing.
 * - Audit entries are permanent: UPDATE, DELETE and TRUNCATE of `audit_entry` are refused.
 * - An approved outcome record keeps its figures: it cannot be changed or deleted until reopened
 *   (the place columns the record-place triggers copy may still follow a moved base).
 */
export class TrustRules1795800000100 implements MigrationInterface {
  name = 'TrustRules1795800000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.version := OLD.version + 1;
        RETURN NEW;
      END $$`);
    for (const table of VERSIONED) {
      await queryRunner.query(`CREATE TRIGGER ${table}_version BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION bump_version()`);
    }

    await queryRunner.query(`
      CREATE FUNCTION audit_place(j jsonb) RETURNS bigint[] LANGUAGE sql STABLE AS $$
        SELECT COALESCE(
          CASE
            WHEN j ? 'place_path' THEN ARRAY(SELECT jsonb_array_elements_text(j->'place_path'))::bigint[]
            WHEN j ? 'ancestor_ids' THEN ARRAY(SELECT jsonb_array_elements_text(j->'ancestor_ids'))::bigint[]
            WHEN j ? 'village_id' THEN (SELECT d.ancestor_ids FROM division d WHERE d.id = (j->>'village_id')::bigint)
            WHEN j ? 'base_id' THEN (SELECT d.ancestor_ids FROM base b JOIN division d ON d.id = b.village_id WHERE b.id = (j->>'base_id')::bigint)
            WHEN j ? 'match_id' THEN (SELECT d.ancestor_ids FROM match m JOIN division d ON d.id = m.village_id WHERE m.id = (j->>'match_id')::bigint)
            WHEN j->>'division_id' IS NOT NULL THEN (SELECT d.ancestor_ids FROM division d WHERE d.id = (j->>'division_id')::bigint)
          END, '{}')
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
        new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
        bookkeeping text[] := ARRAY['version', 'updated_at', 'last_used_at', 'place_id', 'place_path', 'town_id', 'village_id', 'enterprise_id'];
        secrets text[] := ARRAY['password_hash', 'key_hash'];
        action text := CASE TG_OP WHEN 'INSERT' THEN 'CREATE' WHEN 'UPDATE' THEN 'UPDATE' ELSE 'DELETE' END;
        kind text := NULLIF(current_setting('rural.actor_kind', true), '');
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          -- village_id and enterprise_id are real columns of base and match: only records copy them.
          IF TG_TABLE_NAME <> 'outcome_record' THEN bookkeeping := ARRAY['version', 'updated_at', 'last_used_at']; END IF;
          IF (old_row - bookkeeping) = (new_row - bookkeeping) THEN RETURN NULL; END IF;
          IF TG_TABLE_NAME = 'outcome_record' AND old_row->>'status' IS DISTINCT FROM new_row->>'status' THEN
            action := CASE
              WHEN old_row->>'status' = 'APPROVED' THEN 'REOPEN'
              WHEN new_row->>'status' = 'SUBMITTED' THEN 'SUBMIT'
              WHEN new_row->>'status' = 'APPROVED' THEN 'APPROVE'
              WHEN new_row->>'status' = 'RETURNED' THEN 'RETURN'
              ELSE 'UPDATE' END;
          ELSIF TG_TABLE_NAME = 'api_key' AND old_row->>'revoked_at' IS NULL AND new_row->>'revoked_at' IS NOT NULL THEN
            action := 'REVOKE';
          ELSIF TG_TABLE_NAME = 'app_user' AND old_row->>'password_hash' <> new_row->>'password_hash' THEN
            action := 'CHANGE_PASSWORD';
          END IF;
        END IF;
        INSERT INTO audit_entry (actor_kind, actor_id, actor_name, action, entity_type, entity_id, before, after, place_path)
        VALUES (
          COALESCE(kind, 'SYSTEM'),
          NULLIF(current_setting('rural.actor_id', true), '')::bigint,
          NULLIF(current_setting('rural.actor_name', true), ''),
          action,
          TG_TABLE_NAME,
          COALESCE(COALESCE(new_row, old_row)->>'id',
                   concat_ws(':', COALESCE(new_row, old_row)->>'match_id', COALESCE(new_row, old_row)->>'team_id', COALESCE(new_row, old_row)->>'member_id', COALESCE(new_row, old_row)->>'enterprise_id')),
          old_row - secrets,
          new_row - secrets,
          audit_place(COALESCE(new_row, old_row)));
        RETURN NULL;
      END $$`);
    for (const table of AUDITED) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_row()`,
      );
    }

    await queryRunner.query(`
      CREATE FUNCTION audit_entry_permanent() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit entries are permanent' USING ERRCODE = 'check_violation', CONSTRAINT = 'CHK_audit_entry_permanent';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_entry_permanent BEFORE UPDATE OR DELETE ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_entry_permanent()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_permanent()`,
    );

    await queryRunner.query(`
      CREATE FUNCTION outcome_record_approved_locked() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        copied text[] := ARRAY['version', 'updated_at', 'place_id', 'place_path', 'town_id', 'village_id', 'enterprise_id'];
      BEGIN
        IF OLD.status = 'APPROVED' AND (TG_OP = 'DELETE' OR (NEW.status = 'APPROVED' AND (to_jsonb(OLD) - copied) <> (to_jsonb(NEW) - copied))) THEN
          RAISE EXCEPTION 'an approved record is locked' USING ERRCODE = 'check_violation', CONSTRAINT = 'CHK_outcome_record_approved_locked';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outcome_record_approved_locked BEFORE UPDATE OR DELETE ON outcome_record
      FOR EACH ROW EXECUTE FUNCTION outcome_record_approved_locked()`);
    // Records entered before approval existed were quoted as they stood: they count as approved.
    await queryRunner.query(`ALTER TABLE outcome_record DISABLE TRIGGER outcome_record_audit`);
    await queryRunner.query(`UPDATE outcome_record SET status = 'APPROVED', approved_at = now()`);
    await queryRunner.query(`ALTER TABLE outcome_record ENABLE TRIGGER outcome_record_audit`);
    await queryRunner.query(`CREATE INDEX "IDX_outcome_record_status" ON outcome_record (status) WHERE status <> 'APPROVED'`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_entry_place_path" ON audit_entry USING gin (place_path)`);

    // Failed sign-ins per username and per address, shared by every API process.
    await queryRunner.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures int NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);
    // Requests per token and per address in the current window. Counters need no crash safety:
    // unlogged, they cost no WAL on every request.
    await queryRunner.query(`
      CREATE UNLOGGED TABLE rate_limit_counter (
        key text PRIMARY KEY,
        window_started_at timestamptz NOT NULL,
        hits int NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rate_limit_counter`);
    await queryRunner.query(`DROP TABLE login_throttle`);
    await queryRunner.query(`DROP INDEX "IDX_audit_entry_place_path"`);
    await queryRunner.query(`DROP INDEX "IDX_outcome_record_status"`);
    await queryRunner.query(`DROP TRIGGER outcome_record_approved_locked ON outcome_record`);
    await queryRunner.query(`DROP FUNCTION outcome_record_approved_locked()`);
    await queryRunner.query(`DROP TRIGGER audit_entry_no_truncate ON audit_entry`);
    await queryRunner.query(`DROP TRIGGER audit_entry_permanent ON audit_entry`);
    await queryRunner.query(`DROP FUNCTION audit_entry_permanent()`);
    for (const table of AUDITED) await queryRunner.query(`DROP TRIGGER ${table}_audit ON ${table}`);
    await queryRunner.query(`DROP FUNCTION audit_row()`);
    await queryRunner.query(`DROP FUNCTION audit_place(jsonb)`);
    for (const table of VERSIONED) await queryRunner.query(`DROP TRIGGER ${table}_version ON ${table}`);
    await queryRunner.query(`DROP FUNCTION bump_version()`);
  }
}
