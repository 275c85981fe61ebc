import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A member's committee (所属政协): the division whose CPPCC committee the member sits on, so duty
 * points can be ranked within a division. Optional: members entered before keep none.
 */
export class MemberCommittee1796100000200 implements MigrationInterface {
  name = 'MemberCommittee1796100000200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "member"
            ADD "division_id" bigint
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_member_division" ON "member" ("division_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "member"
            ADD CONSTRAINT "FK_member_division" FOREIGN KEY ("division_id") REFERENCES "division"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "member" DROP CONSTRAINT "FK_member_division"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_member_division"
        `);
    await queryRunner.query(`
            ALTER TABLE "member" DROP COLUMN "division_id"
        `);
  }
}
