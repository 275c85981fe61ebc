import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Functions that CHECK constraints and triggers use. Written by hand (the generator does not
 * manage functions) and limited to what both PGlite and PostgreSQL 15+ have: SQL and PL/pgSQL.
 */
export class SqlFunctions1764144000000 implements MigrationInterface {
  name = 'SqlFunctions1764144000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // GB 32100-2015: the 18th character is 31 − (Σ value × 3^(i−1) mod 31) mod 31 over the
    // first 17, in the alphabet 0-9 A-Y without I, O, Z, S, V. NULL (code unknown) passes.
    await queryRunner.query(`
      CREATE FUNCTION is_valid_credit_code(code text) RETURNS boolean
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT code ~ '^[0-9A-HJ-NP-RTUWXY]{18}$'
           AND substr('0123456789ABCDEFGHJKLMNPQRTUWXY',
                      ((31 - (SELECT sum((strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, i, 1)) - 1)
                                         * mod(power(3::numeric, i - 1), 31))
                                FROM generate_series(1, 17) AS i)::int % 31) % 31) + 1, 1)
               = substr(code, 18, 1)
      $$`);
    // A period "2025", "2025Q3" or "2025-07" → its first and last day.
    await queryRunner.query(`
      CREATE FUNCTION period_first_day(period text) RETURNS date
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
          WHEN period ~ '^[0-9]{4}$' THEN make_date(left(period, 4)::int, 1, 1)
          WHEN period ~ '^[0-9]{4}Q[1-4]$' THEN make_date(left(period, 4)::int, right(period, 1)::int * 3 - 2, 1)
          WHEN period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' THEN make_date(left(period, 4)::int, right(period, 2)::int, 1)
        END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION period_last_day(period text) RETURNS date
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT (CASE
          WHEN period ~ '^[0-9]{4}$' THEN make_date(left(period, 4)::int, 12, 1)
          WHEN period ~ '^[0-9]{4}Q[1-4]$' THEN make_date(left(period, 4)::int, right(period, 1)::int * 3, 1)
          WHEN period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' THEN make_date(left(period, 4)::int, right(period, 2)::int, 1)
        END + interval '1 month' - interval '1 day')::date
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION period_last_day(text)');
    await queryRunner.query('DROP FUNCTION period_first_day(text)');
    await queryRunner.query('DROP FUNCTION is_valid_credit_code(text)');
  }
}
