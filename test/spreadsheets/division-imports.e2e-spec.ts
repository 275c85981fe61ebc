import { sql } from '../support/database.js';
import { divisionFixture, placeFixture, type PlaceFixture } from '../support/fixtures.js';
import { clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { postImport, xlsxFile, type SheetCells } from './import-files.js';

// The administrative tree from a file, as an administrator loads a county's towns and villages:
// found by 区划代码, else by name under 上级区划; a village row may name a town an earlier row created.

const HEADER = ['上级区划', '区划名称', '级别', '区划代码'];

interface StoredDivision {
  name: string;
  level: string;
  code: string | null;
  parent: string | null;
  in_county: boolean;
}

describe('POST /imports/divisions', () => {
  let t: TestApp;
  let place: PlaceFixture;
  let county: string;

  const count = async (table = 'division') => Number((await sql<{ n: string }>(t, `SELECT count(*) AS n FROM ${table}`))[0].n);
  /** The divisions of the test's names, each with its parent's name and whether the trigger placed it in the county. */
  const stored = (names: string[]) =>
    sql<StoredDivision>(
      t,
      `SELECT d.name, d.level::text AS level, d.code, p.name AS parent, d.ancestor_ids @> ARRAY[$2]::bigint[] AS in_county
       FROM division d LEFT JOIN division p ON p.id = d.parent_id WHERE d.name = ANY($1) ORDER BY d.id`,
      [names, place.county],
    );
  const admin = () => t.admin.token as string;

  beforeAll(async () => {
    t = await startTestApp();
    place = await placeFixture(t);
    [{ name: county }] = await sql<{ name: string }>(t, `SELECT name FROM division WHERE id = $1`, [place.county]);
  });
  afterAll(() => t?.close());

  /** A town and, in later rows, its villages: by the town's name, by its code typed in 全角, spaces around. */
  function townWithVillages(): SheetCells {
    return [
      ['东兰县新增区划（2024 年）'],
      [],
      HEADER,
      [` ${county} `, '新华镇', '乡镇', '451224100000'],
      ['新华镇', '新华村', '村', '451224100201'],
      [],
      ['４５１２２４１０００００', '新民村 ', '村', null],
    ];
  }

  it('creates a town and its villages from one file, a dry run writing nothing', async () => {
    const file = await xlsxFile(townWithVillages(), { merge: 'A1:D1', withInstructions: true });
    const before = await count();

    const dry = await postImport(t, admin(), 'divisions', file, { dryRun: 'true' });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ status: 'VALID', rows: 3, created: 3, errors: [] });
    expect(await count()).toBe(before);

    const commit = await postImport(t, admin(), 'divisions', file, { dryRun: 'false' });
    expect(commit.body).toMatchObject({ status: 'COMMITTED', rows: 3, created: 3, errorCount: 0 });
    expect(await stored(['新华镇', '新华村', '新民村'])).toEqual([
      { name: '新华镇', level: 'TOWN', code: '451224100000', parent: county, in_county: true },
      { name: '新华村', level: 'VILLAGE', code: '451224100201', parent: '新华镇', in_county: true },
      { name: '新民村', level: 'VILLAGE', code: null, parent: '新华镇', in_county: true },
    ]);
  });

  it('changes nothing when the same file comes again, and says so', async () => {
    const audit = await count('audit_entry');
    const again = await postImport(t, admin(), 'divisions', await xlsxFile(townWithVillages()), { dryRun: 'false' });
    expect(again.body).toMatchObject({ status: 'COMMITTED', rows: 3, created: 0, updated: 0, unchanged: 3 });
    expect(await count('audit_entry')).toBe(audit);
  });

  it('renames a division found by its code, gives one its code, and leaves a stored code alone when the cell is empty', async () => {
    const file = await xlsxFile([
      HEADER,
      ['451224100000', '新华社区', '村', '451224100201'],
      ['新华镇', '新民村', '村', '451224100202'],
      [county, '新华镇', '乡镇', null],
    ]);
    const result = await postImport(t, admin(), 'divisions', file, { dryRun: 'false' });
    expect(result.body).toMatchObject({ status: 'COMMITTED', rows: 3, created: 0, updated: 2, unchanged: 1 });
    expect(await stored(['新华镇', '新华社区', '新民村', '新华村'])).toEqual([
      { name: '新华镇', level: 'TOWN', code: '451224100000', parent: county, in_county: true },
      { name: '新华社区', level: 'VILLAGE', code: '451224100201', parent: '新华镇', in_county: true },
      { name: '新民村', level: 'VILLAGE', code: '451224100202', parent: '新华镇', in_county: true },
    ]);
  });

  it('reports every bad row by row, column and code, and writes none of the good ones', async () => {
    // Two towns of one name in two counties: a 上级区划 by that name cannot be told apart.
    const otherCounty = await divisionFixture(t, 'COUNTY', place.city, '别的县');
    await sql(t, `INSERT INTO division (name, level, parent_id) VALUES ('同名镇', 'TOWN', $1), ('同名镇', 'TOWN', $2)`, [
      place.county,
      otherCounty,
    ]);
    const before = await count();
    const file = await xlsxFile([
      HEADER,
      ['没有这个镇', '甲村', '村', null],
      ['新华镇', '乙村', '组', null],
      ['新民村', '丙村', '村', null],
      ['同名镇', '丁村', '村', null],
      ['新华镇', '戊村', '村', '4512241002'],
      ['新华镇', '己村', '村', null],
      ['新华镇', '己村', '村', null],
      [null, '孤村', '村', null],
      ['新华镇', '新民村', '村', '451224100299'],
      ['新华镇', null, '村', null],
    ]);
    const result = await postImport(t, admin(), 'divisions', file, { dryRun: 'false' });
    expect(result.status).toBe(200);
    expect(result.body.status).toBe('INVALID');
    expect(result.body.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 2, column: '上级区划', code: 'NOT_FOUND' },
      { row: 3, column: '级别', code: 'INVALID' },
      { row: 4, column: '级别', code: 'INVALID' },
      { row: 5, column: '上级区划', code: 'AMBIGUOUS' },
      { row: 6, column: '区划代码', code: 'INVALID' },
      { row: 8, column: '区划名称', code: 'DUPLICATE_IN_FILE' },
      { row: 9, column: '上级区划', code: 'REQUIRED' },
      { row: 10, column: '区划代码', code: 'CONFLICT' },
      { row: 11, column: '区划名称', code: 'REQUIRED' },
    ]);
    expect(result.body.errors[3].message).toContain('区划代码');
    expect(result.body.errors[5].message).toContain('第 7 行');
    expect(await count()).toBe(before);
  });

  it('refuses editors with 403, a county editor included', async () => {
    const file = await xlsxFile(townWithVillages());
    for (const scope of [null, place.county]) {
      const editor = await clientWithScope(t, 'EDITOR', scope);
      const refused = await postImport(t, editor.token as string, 'divisions', file, { dryRun: 'true' });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('re-imports its own export to no change', async () => {
    const response = await fetch(`${t.url}/exports/divisions.xlsx?parentId=${place.county}`, {
      headers: { authorization: `Bearer ${admin()}` },
    });
    expect(response.status).toBe(200);
    const exported = Buffer.from(await response.arrayBuffer());
    const [{ n }] = await sql<{ n: string }>(t, `SELECT count(*) AS n FROM division WHERE parent_id = $1`, [place.county]);
    const result = await postImport(t, admin(), 'divisions', exported, { dryRun: 'false' });
    expect(result.body).toMatchObject({ status: 'COMMITTED', rows: Number(n), created: 0, updated: 0, unchanged: Number(n) });
  });
});
