import { sql } from '../support/database.js';
import { baseFixture, divisionFixture, memberFixture, placeFixture, teamFixture, type PlaceFixture } from '../support/fixtures.js';
import { clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { postImport, xlsxFile, type SheetCells } from './import-files.js';

// Service-activity ledgers as a team's clerk sends them, imported over HTTP into the real app: a
// visit is found again by team + base + date + topic; only its figures change on re-import.

const HEADER = ['服务团', '县', '乡镇', '村', '基地', '服务日期', '服务主题', '培训农民（人）', '覆盖面积（公顷）'];

interface StoredVisit {
  date: string;
  topic: string;
  farmers_trained: number;
  area_covered_mu: string | null;
}

describe('POST /imports/service-activities', () => {
  let t: TestApp;
  let place: PlaceFixture;
  let names: {
    team: string;
    county: string;
    town: string;
    village: string;
    base: string;
    otherTown: string;
    otherVillage: string;
    otherBase: string;
  };
  let baseId: string;

  const count = async (table = 'service_activity') => Number((await sql<{ n: string }>(t, `SELECT count(*) AS n FROM ${table}`))[0].n);
  const nameOf = async (table: string, id: string) =>
    (await sql<{ name: string }>(t, `SELECT name FROM ${table} WHERE id = $1`, [id]))[0].name;
  const visits = () =>
    sql<StoredVisit>(
      t,
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, topic, farmers_trained, area_covered_mu::text
       FROM service_activity WHERE base_id = $1 ORDER BY date, topic`,
      [baseId],
    );
  const row = (date: unknown, topic: string, farmers: unknown, area: unknown): unknown[] => [
    names.team,
    names.county,
    names.town,
    names.village,
    names.base,
    date,
    topic,
    farmers,
    area,
  ];

  beforeAll(async () => {
    t = await startTestApp();
    place = await placeFixture(t);
    baseId = await baseFixture(t, place.village);
    const teamId = await teamFixture(t, await memberFixture(t, '韦建东'));
    const otherTown = await divisionFixture(t, 'TOWN', place.county, '别的镇');
    const otherVillage = await divisionFixture(t, 'VILLAGE', otherTown, '别的村');
    const otherBase = await baseFixture(t, otherVillage);
    names = {
      team: await nameOf('service_team', teamId),
      county: await nameOf('division', place.county),
      town: await nameOf('division', place.town),
      village: await nameOf('division', place.village),
      base: await nameOf('base', baseId),
      otherTown: await nameOf('division', otherTown),
      otherVillage: await nameOf('division', otherVillage),
      otherBase: await nameOf('base', otherBase),
    };
  });
  afterAll(() => t?.close());

  /** A team's ledger: a merged title, a date cell and dates typed as text, 全角 digits, separators, 公顷, blanks. */
  function messyLedger(): SheetCells {
    return [
      ['2024年科技服务团服务活动台账'],
      HEADER,
      [
        ` ${names.team} `,
        ` ${names.county}`,
        names.town,
        names.village,
        names.base,
        new Date('2024-05-20T00:00:00Z'),
        '葡萄修剪技术培训',
        '３５',
        '10',
      ],
      [],
      // The same day, another session: a second visit, not a duplicate.
      [names.team, names.county, names.town, names.village, names.base, '2024年5月20日', '病虫害防治', null, '—'],
      [names.team, names.county, names.town, names.village, names.base, '2024/6/1', '葡萄修剪技术培训', '1,200', '0.5'],
    ];
  }

  it('checks a messy but valid ledger in a dry run without writing, then commits it exactly', async () => {
    const file = await xlsxFile(messyLedger(), { merge: 'A1:I1', withInstructions: true });
    const before = await count();

    const dry = await postImport(t, t.admin.token as string, 'service-activities', file, { dryRun: 'true', fileName: '服务活动.xlsx' });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ status: 'VALID', dryRun: true, rows: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect(await count()).toBe(before);

    const commit = await postImport(t, t.admin.token as string, 'service-activities', file, { dryRun: 'false' });
    expect(commit.body).toMatchObject({ status: 'COMMITTED', rows: 3, created: 3, errorCount: 0 });
    expect(await visits()).toEqual([
      { date: '2024-05-20', topic: '病虫害防治', farmers_trained: 0, area_covered_mu: null },
      { date: '2024-05-20', topic: '葡萄修剪技术培训', farmers_trained: 35, area_covered_mu: '150.00' },
      { date: '2024-06-01', topic: '葡萄修剪技术培训', farmers_trained: 1200, area_covered_mu: '7.50' },
    ]);
    const audited = await sql<{ n: string }>(t, `SELECT count(*) AS n FROM audit_entry WHERE import_id = $1`, [commit.body.id]);
    expect(Number(audited[0].n)).toBe(3);
  });

  it('changes nothing when the same file comes again, and says so', async () => {
    const audit = await count('audit_entry');
    const again = await postImport(t, t.admin.token as string, 'service-activities', await xlsxFile(messyLedger()), { dryRun: 'false' });
    expect(again.body).toMatchObject({ status: 'COMMITTED', rows: 3, created: 0, updated: 0, unchanged: 3 });
    expect(await count('audit_entry')).toBe(audit);
  });

  it('updates only the columns a file has', async () => {
    const file = await xlsxFile([
      ['服务团', '县', '乡镇', '村', '基地', '服务日期', '服务主题', '培训农民'],
      [names.team, names.county, names.town, names.village, names.base, '2024-05-20', '葡萄修剪技术培训', 40],
      [names.team, names.county, names.town, names.village, names.base, '2024-06-01', '葡萄修剪技术培训', 1200],
    ]);
    const result = await postImport(t, t.admin.token as string, 'service-activities', file, { dryRun: 'false' });
    expect(result.body).toMatchObject({ status: 'COMMITTED', rows: 2, created: 0, updated: 1, unchanged: 1 });
    expect(await visits()).toContainEqual({
      date: '2024-05-20',
      topic: '葡萄修剪技术培训',
      farmers_trained: 40,
      area_covered_mu: '150.00',
    });
  });

  it('reports every bad row by row, column and code, and writes none of the good ones', async () => {
    const before = await count();
    const file = await xlsxFile([
      HEADER,
      [null, names.county, names.town, names.village, names.base, '2024-07-01', '施肥', 10, null],
      ['没有这个服务团', names.county, names.town, names.village, names.base, '2024-07-01', '施肥', 10, null],
      [names.team, names.county, names.town, names.village, '没有这个基地', '2024-07-01', '施肥', 10, null],
      [names.team, names.county, names.town, names.village, names.base, '2999-01-01', '施肥', 10, null],
      [names.team, names.county, names.town, names.village, names.base, '2024-07-01', '施肥', '3.5', null],
      [names.team, names.county, names.town, names.village, names.base, '2024-07-02', '施肥', 10, null],
      [names.team, names.county, names.town, names.village, names.base, '2024-07-02', '施肥', 12, null],
      [names.team, names.county, names.town, names.village, names.base, '2024-07-03', null, 12, null],
    ]);
    const result = await postImport(t, t.admin.token as string, 'service-activities', file, { dryRun: 'false' });
    expect(result.status).toBe(200);
    expect(result.body.status).toBe('INVALID');
    expect(result.body.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 2, column: '服务团', code: 'REQUIRED' },
      { row: 3, column: '服务团', code: 'NOT_FOUND' },
      { row: 4, column: '基地', code: 'NOT_FOUND' },
      { row: 5, column: '服务日期', code: 'INVALID' },
      { row: 6, column: '培训农民', code: 'INVALID' },
      { row: 8, column: '服务主题', code: 'DUPLICATE_IN_FILE' },
      { row: 9, column: '服务主题', code: 'REQUIRED' },
    ]);
    expect(result.body.errors[3].message).toContain('不能晚于今天');
    expect(result.body.errors[5].message).toContain('第 7 行');
    expect(await count()).toBe(before);
  });

  it('says AMBIGUOUS when a key already names two stored visits, instead of guessing', async () => {
    const [{ id: teamId }] = await sql<{ id: string }>(t, `SELECT id::text AS id FROM service_team WHERE name = $1`, [names.team]);
    for (let i = 0; i < 2; i += 1) {
      await sql(t, `INSERT INTO service_activity (team_id, base_id, date, topic) VALUES ($1, $2, '2023-03-03', '重复录入')`, [
        teamId,
        baseId,
      ]);
    }
    const result = await postImport(
      t,
      t.admin.token as string,
      'service-activities',
      await xlsxFile([HEADER, row('2023-03-03', '重复录入', 5, null)]),
      {
        dryRun: 'true',
      },
    );
    expect(result.body.errors).toEqual([expect.objectContaining({ row: 2, column: '服务主题', code: 'AMBIGUOUS' })]);
    await sql(t, `DELETE FROM service_activity WHERE topic = '重复录入'`);
  });

  it("refuses a town editor a visit to another town's base, and takes their own (县 left to their account)", async () => {
    const editor = await clientWithScope(t, 'EDITOR', place.town);
    const file = await xlsxFile([
      HEADER,
      [names.team, null, names.otherTown, names.otherVillage, names.otherBase, '2024-08-01', '育苗', 5, null],
      [names.team, null, names.town, names.village, names.base, '2024-08-01', '育苗', 5, null],
    ]);
    const before = await count();
    const result = await postImport(t, editor.token as string, 'service-activities', file, { dryRun: 'false' });
    expect(result.body.status).toBe('INVALID');
    expect(result.body.errors).toEqual([expect.objectContaining({ row: 2, column: '村', code: 'FORBIDDEN' })]);
    expect(await count()).toBe(before);

    const own = await postImport(
      t,
      editor.token as string,
      'service-activities',
      await xlsxFile([HEADER, row('2024-08-01', '育苗', 5, null)]),
      {
        dryRun: 'false',
      },
    );
    expect(own.body).toMatchObject({ status: 'COMMITTED', created: 1 });
  });

  it('re-imports its own export to no change', async () => {
    const response = await fetch(`${t.url}/exports/service-activities.xlsx?divisionId=${place.county}`, {
      headers: { authorization: `Bearer ${t.admin.token}` },
    });
    expect(response.status).toBe(200);
    const exported = Buffer.from(await response.arrayBuffer());
    const stored = await count();
    const result = await postImport(t, t.admin.token as string, 'service-activities', exported, { dryRun: 'false' });
    expect(result.body).toMatchObject({ status: 'COMMITTED', rows: stored, created: 0, updated: 0, unchanged: stored });
  });
});
