import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys of create mutations: a client on a poor connection retries a create with the
 * same `Idempotency-Key` and gets the first result instead of a second row. One row per caller and
 * key, written in the create's own transaction (a rolled-back create leaves no key); rows older
 * than a day are deleted by the next keyed create (see `IdempotencyKeys`).
 */
export class IdempotencyKeys1795900000100 implements MigrationInterface {
  name = 'IdempotencyKeys1795900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotency_key (
        actor_kind varchar(10) NOT NULL,
        actor_id varchar(100) NOT NULL,
        key varchar(200) NOT NULL,
        operation varchar(100) NOT NULL,
        input_hash char(64) NOT NULL,
        result_id varchar(40),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_idempotency_key" PRIMARY KEY (actor_kind, actor_id, key)
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_idempotency_key_created_at" ON idempotency_key (created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotency_key`);
  }
}
