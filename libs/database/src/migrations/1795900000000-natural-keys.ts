import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A natural key: the unique index that holds it, what it means to a clerk, and the statement that
 * lists the rows already breaking it — one line per group, in the clerk's words, ids included.
 */
interface NaturalKey {
  index: string;
  rule: string;
  create: string;
  duplicates: string;
}

const ids = `string_agg(t.id::text, ', ' ORDER BY t.id)`;

/**
 * Names compare exactly as stored: every road in through the API trims text (the validators), and
 * the names are Chinese, where case folding means nothing and could merge registered names that
 * differ only in a Latin letter's case (“ABC农业” and “Abc农业”).
 */
export const NATURAL_KEYS: NaturalKey[] = [
  {
    index: 'UQ_division_parent_name',
    rule: '区划名称在同一上级区划内重复',
    // Roots too: NULLS NOT DISTINCT makes two top-level divisions of one name a clash.
    create: `CREATE UNIQUE INDEX "UQ_division_parent_name" ON division (parent_id, name) NULLS NOT DISTINCT`,
    duplicates: `
      SELECT coalesce(p.name, '（无上级）') || '下“' || t.name || '”（编号 ' || ${ids} || '）' AS line
        FROM division t LEFT JOIN division p ON p.id = t.parent_id
       GROUP BY t.parent_id, p.name, t.name HAVING count(*) > 1 ORDER BY min(t.id)`,
  },
  {
    index: 'UQ_enterprise_name_without_code',
    rule: '没有统一社会信用代码的企业名称重复',
    // With a code the code is the key (UQ_enterprise_credit_code); without one, the name is.
    create: `CREATE UNIQUE INDEX "UQ_enterprise_name_without_code" ON enterprise (name) WHERE credit_code IS NULL`,
    duplicates: `
      SELECT '“' || t.name || '”（编号 ' || ${ids} || '）' AS line
        FROM enterprise t WHERE t.credit_code IS NULL
       GROUP BY t.name HAVING count(*) > 1 ORDER BY min(t.id)`,
  },
  {
    index: 'UQ_base_village_name',
    rule: '基地名称在同一村内重复',
    create: `CREATE UNIQUE INDEX "UQ_base_village_name" ON base (village_id, name)`,
    duplicates: `
      SELECT v.name || '“' || t.name || '”（编号 ' || ${ids} || '）' AS line
        FROM base t JOIN division v ON v.id = t.village_id
       GROUP BY t.village_id, v.name, t.name HAVING count(*) > 1 ORDER BY min(t.id)`,
  },
  {
    index: 'UQ_match_enterprise_village_base',
    rule: '同一企业在同一村、同一基地有重复的对接',
    // A match without a base is one key too: NULLS NOT DISTINCT.
    create: `CREATE UNIQUE INDEX "UQ_match_enterprise_village_base" ON match (enterprise_id, village_id, base_id) NULLS NOT DISTINCT`,
    duplicates: `
      SELECT '“' || e.name || '”在' || v.name || coalesce('“' || b.name || '”', '（未指定基地）') || '（编号 ' || ${ids} || '）' AS line
        FROM match t JOIN enterprise e ON e.id = t.enterprise_id JOIN division v ON v.id = t.village_id LEFT JOIN base b ON b.id = t.base_id
       GROUP BY t.enterprise_id, e.name, t.village_id, v.name, t.base_id, b.name HAVING count(*) > 1 ORDER BY min(t.id)`,
  },
  {
    index: 'UQ_service_team_name',
    rule: '服务团名称重复',
    create: `CREATE UNIQUE INDEX "UQ_service_team_name" ON service_team (name)`,
    duplicates: `
      SELECT '“' || t.name || '”（编号 ' || ${ids} || '）' AS line
        FROM service_team t GROUP BY t.name HAVING count(*) > 1 ORDER BY min(t.id)`,
  },
];

/**
 * Imports find rows by their natural keys, never by database ids, so each key is unique in the
 * database. A database that already holds duplicates cannot take the index: instead of failing
 * on the first with PostgreSQL's words, the migration lists every duplicate group of every key
 * in Chinese and stops, so the operator knows what to merge or rename before starting again.
 */
export class NaturalKeys1795900000000 implements MigrationInterface {
  name = 'NaturalKeys1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const problems: string[] = [];
    for (const key of NATURAL_KEYS) {
      const rows: { line: string }[] = await queryRunner.query(key.duplicates);
      if (rows.length > 0) problems.push(`${key.rule}：${rows.map((row) => row.line).join('；')}`);
    }
    if (problems.length > 0) {
      throw new Error(`无法建立唯一约束：${problems.join('。')}。请先合并或改名后再启动`);
    }
    for (const key of NATURAL_KEYS) await queryRunner.query(key.create);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const key of [...NATURAL_KEYS].reverse()) await queryRunner.query(`DROP INDEX "${key.index}"`);
  }
}
