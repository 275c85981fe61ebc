import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { EmbeddedPostgres, IN_MEMORY, MIGRATIONS, SnakeNamingStrategy } from '@rural/database';

/**
 * The natural-keys migration on a database that already breaks the keys: it must not fail on the
 * first duplicate with PostgreSQL's words but list every duplicate group, in Chinese, and leave
 * the database as it was, so the operator can merge or rename and start again.
 */
describe('the natural-keys migration on a database holding duplicates', () => {
  const at = MIGRATIONS.findIndex((migration) => migration.name === 'NaturalKeys1795900000000');
  let embedded: EmbeddedPostgres;

  function dataSource(migrations: Function[]): DataSource {
    return new DataSource({
      type: 'postgres',
      ...embedded.address,
      username: 'postgres',
      database: 'postgres',
      poolSize: 1,
      migrations,
      migrationsTransactionMode: 'each',
      namingStrategy: new SnakeNamingStrategy(),
    });
  }

  /**
   * The embedded server takes one connection, and frees it a moment after the last one closed:
   * a new data source straight after another may find it still taken, so it tries again.
   */
  async function connect(migrations: Function[]): Promise<DataSource> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await dataSource(migrations).initialize();
      } catch (error) {
        if (attempt === 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  async function withDatabase<T>(migrations: Function[], work: (db: DataSource) => Promise<T>): Promise<T> {
    const db = await connect(migrations);
    try {
      return await work(db);
    } finally {
      await db.destroy();
    }
  }

  async function id(db: DataSource, text: string, parameters: unknown[] = []): Promise<string> {
    const [row] = await db.query(`${text} RETURNING id::text AS id`, parameters);
    return row.id;
  }

  beforeAll(async () => {
    expect(at).toBeGreaterThan(0);
    embedded = await EmbeddedPostgres.start({ dataDir: IN_MEMORY });
  });
  afterAll(() => embedded.stop());

  it('lists every duplicate group in Chinese, creates no index, and succeeds once they are renamed', async () => {
    const ids = await withDatabase(MIGRATIONS.slice(0, at), async (db) => {
      await db.runMigrations();
      const county = await id(db, `INSERT INTO division (name, level) VALUES ('东兰县', 'COUNTY')`);
      const town = await id(db, `INSERT INTO division (name, level, parent_id) VALUES ('武篆镇', 'TOWN', $1)`, [county]);
      const village = await id(db, `INSERT INTO division (name, level, parent_id) VALUES ('东里村', 'VILLAGE', $1)`, [town]);
      const twinVillage = await id(db, `INSERT INTO division (name, level, parent_id) VALUES ('东里村', 'VILLAGE', $1)`, [town]);
      const grapes = await id(db, `INSERT INTO base (name, village_id) VALUES ('葡萄基地', $1)`, [village]);
      const twinGrapes = await id(db, `INSERT INTO base (name, village_id) VALUES ('葡萄基地', $1)`, [village]);
      // The same name in the other 东里村 is no duplicate.
      await id(db, `INSERT INTO base (name, village_id) VALUES ('葡萄基地', $1)`, [twinVillage]);
      const firm = await id(db, `INSERT INTO enterprise (name) VALUES ('共耕农业')`);
      const twinFirm = await id(db, `INSERT INTO enterprise (name) VALUES ('共耕农业')`);
      // With a credit code the code is the key: no duplicate of the two above.
      await id(db, `INSERT INTO enterprise (name, credit_code) VALUES ('共耕农业', '91451224MA5K00000M')`);
      const match = await id(db, `INSERT INTO match (enterprise_id, village_id) VALUES ($1, $2)`, [firm, village]);
      const twinMatch = await id(db, `INSERT INTO match (enterprise_id, village_id) VALUES ($1, $2)`, [firm, village]);
      const member = await id(db, `INSERT INTO member (name) VALUES ('韦建东')`);
      const team = await id(db, `INSERT INTO service_team (name, leader_id) VALUES ('农业科技服务团', $1)`, [member]);
      const twinTeam = await id(db, `INSERT INTO service_team (name, leader_id) VALUES ('农业科技服务团', $1)`, [member]);
      return { village, twinVillage, grapes, twinGrapes, firm, twinFirm, match, twinMatch, team, twinTeam };
    });

    const failure = await withDatabase(MIGRATIONS, (db) =>
      db.runMigrations().then(
        () => null,
        (error: Error) => error,
      ),
    );
    expect(failure?.message).toMatch(/^无法建立唯一约束：/);
    for (const line of [
      `区划名称在同一上级区划内重复：武篆镇下“东里村”（编号 ${ids.village}, ${ids.twinVillage}）`,
      `没有统一社会信用代码的企业名称重复：“共耕农业”（编号 ${ids.firm}, ${ids.twinFirm}）`,
      `基地名称在同一村内重复：东里村“葡萄基地”（编号 ${ids.grapes}, ${ids.twinGrapes}）`,
      `同一企业在同一村、同一基地有重复的对接：“共耕农业”在东里村（未指定基地）（编号 ${ids.match}, ${ids.twinMatch}）`,
      `服务团名称重复：“农业科技服务团”（编号 ${ids.team}, ${ids.twinTeam}）`,
    ]) {
      expect(failure?.message).toContain(line);
    }
    expect(failure?.message).toMatch(/请先合并或改名后再启动$/);
    // Exactly the five groups: the lookalikes that are no duplicates are not listed.
    expect(failure?.message.match(/（编号 /g)).toHaveLength(5);

    await withDatabase(MIGRATIONS, async (db) => {
      const indexes = await db.query(`SELECT indexname FROM pg_indexes WHERE indexname IN
        ('UQ_division_parent_name', 'UQ_enterprise_name_without_code', 'UQ_base_village_name', 'UQ_match_enterprise_village_base', 'UQ_service_team_name')`);
      expect(indexes).toEqual([]);
      await db.query(`UPDATE division SET name = '东里村二组' WHERE id = $1`, [ids.twinVillage]);
      await db.query(`UPDATE base SET name = '葡萄基地二' WHERE id = $1`, [ids.twinGrapes]);
      await db.query(`UPDATE enterprise SET name = '共耕农业二' WHERE id = $1`, [ids.twinFirm]);
      await db.query(`UPDATE match SET enterprise_id = $2 WHERE id = $1`, [ids.twinMatch, ids.twinFirm]);
      await db.query(`UPDATE service_team SET name = '农业科技服务二团' WHERE id = $1`, [ids.twinTeam]);
      await db.runMigrations();
      const created = await db.query(`SELECT count(*)::int AS count FROM pg_indexes WHERE indexname IN
        ('UQ_division_parent_name', 'UQ_enterprise_name_without_code', 'UQ_base_village_name', 'UQ_match_enterprise_village_base', 'UQ_service_team_name')`);
      expect(created).toEqual([{ count: 5 }]);
    });
  });
});
