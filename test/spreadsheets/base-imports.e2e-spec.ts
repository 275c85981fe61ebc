import { sql } from '../support/database.js';
import { divisionFixture, enterpriseFixture, placeFixture, type PlaceFixture } from '../support/fixtures.js';
import { clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { postImport, xlsxFile, type SheetCells } from './import-files.js';

// 基地 ledgers as towns send them, imported over HTTP into the real app: found again by village +
// 基地名称, the operator by credit code or exact name; dry run, commit, the same file again,
// partial columns, bad rows, scopes, namesake villages and an export imported back.

const HEADER = ['县', '乡镇', '村', '基地名称', '面积（公顷）', '产业', '经营模式', '经营主体'];
const CODE = '91451224MA5K00000M';

interface BaseRow {
  village_id: string;
  name: string;
  area_mu: string | null;
  industry: string | null;
  operating_model: string | null;
  operator_id: string | null;
  version: number;
}

describe('POST /imports/bases', () => {
  let t: TestApp;
  let place: PlaceFixture;
  let operatorByCode: string;
  let operatorByName: string;
  let names: { county: string; town: string; village: string; operator: string; otherTown: string; otherVillage: string };

  const count = async (table = 'base') => Number((await sql<{ n: string }>(t, `SELECT count(*) AS n FROM ${table}`))[0].n);
  const nameOf = async (table: string, id: string) =>
    (await sql<{ name: string }>(t, `SELECT name FROM ${table} WHERE id = $1`, [id]))[0].name;
  const baseNamed = async (name: string) =>
    (
      await sql<BaseRow>(
        t,
        `SELECT village_id::text, name, area_mu::text, industry, operating_model, operator_id::text, version FROM base WHERE name = $1`,
        [name],
      )
    )[0];
  // The county bureau's clerk: an editor of the county, so 县 may stay empty.
  let clerkToken: string;
  const clerk = () => clerkToken;

  beforeAll(async () => {
    t = await startTestApp();
    place = await placeFixture(t);
    clerkToken = (await clientWithScope(t, 'EDITOR', place.county)).token as string;
    operatorByCode = await enterpriseFixture(t, '有代码农业');
    await sql(t, `UPDATE enterprise SET credit_code = $1 WHERE id = $2`, [CODE, operatorByCode]);
    operatorByName = await enterpriseFixture(t, '无代码合作社');
    const otherTown = await divisionFixture(t, 'TOWN', place.county, '别的镇');
    const otherVillage = await divisionFixture(t, 'VILLAGE', otherTown, '别的村');
    names = {
      county: await nameOf('division', place.county),
      town: await nameOf('division', place.town),
      village: await nameOf('division', place.village),
      operator: await nameOf('enterprise', operatorByName),
      otherTown: await nameOf('division', otherTown),
      otherVillage: await nameOf('division', otherVillage),
    };
  });
  afterAll(() => t?.close());

  /** A town's ledger: a merged title, 公顷 in the header, 全角 digits, separators, spaces, blanks and an empty row. */
  function messyLedger(): SheetCells {
    return [
      ['测试镇基地台账（2024年）'],
      [],
      HEADER,
      [` ${names.county} `, names.town, names.village, '葡萄园 ', '１０', '葡萄', '支部+基地+农户', CODE],
      [],
      [null, names.town, names.village, '茶园', '1,234.5', null, '—', names.operator],
      [null, null, names.otherVillage, '别村果园', '/', '柑橘', null, null],
    ];
  }

  it('checks a messy but valid ledger in a dry run without writing, then commits it exactly', async () => {
    const file = await xlsxFile(messyLedger(), { merge: 'A1:H1', withInstructions: true });
    const before = await count();

    const dry = await postImport(t, clerk(), 'bases', file, { dryRun: 'true', fileName: '基地台账.xlsx' });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ status: 'VALID', dryRun: true, rows: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect(await count()).toBe(before);

    const commit = await postImport(t, clerk(), 'bases', file, { dryRun: 'false' });
    expect(commit.body).toMatchObject({ status: 'COMMITTED', rows: 3, created: 3, errorCount: 0 });
    expect(await count()).toBe(before + 3);
    expect(await baseNamed('葡萄园')).toMatchObject({
      village_id: place.village,
      area_mu: '150.00',
      industry: '葡萄',
      operating_model: '支部+基地+农户',
      operator_id: operatorByCode,
    });
    expect(await baseNamed('茶园')).toMatchObject({
      area_mu: '18517.50',
      industry: null,
      operating_model: null,
      operator_id: operatorByName,
    });
    expect(await baseNamed('别村果园')).toMatchObject({ area_mu: null, industry: '柑橘', operator_id: null });
    const audited = await sql<{ n: string }>(t, `SELECT count(*) AS n FROM audit_entry WHERE import_id = $1 AND entity_type = 'base'`, [
      commit.body.id,
    ]);
    expect(Number(audited[0].n)).toBe(3);
  });

  it('changes nothing when the same file comes again, and says so', async () => {
    const audit = await count('audit_entry');
    const again = await postImport(t, clerk(), 'bases', await xlsxFile(messyLedger()), { dryRun: 'false' });
    expect(again.body).toMatchObject({ status: 'COMMITTED', rows: 3, created: 0, updated: 0, unchanged: 3 });
    expect(await count('audit_entry')).toBe(audit);
  });

  it('updates only the columns a file has', async () => {
    const stored = await baseNamed('葡萄园');
    const file = await xlsxFile([
      ['村', '基地名称', '产业'],
      [names.village, '葡萄园', '阳光玫瑰葡萄'],
      [names.village, '茶园', null],
    ]);
    const result = await postImport(t, clerk(), 'bases', file, { dryRun: 'false' });
    expect(result.body).toMatchObject({ status: 'COMMITTED', rows: 2, created: 0, updated: 1, unchanged: 1 });
    expect(await baseNamed('葡萄园')).toEqual({ ...stored, industry: '阳光玫瑰葡萄', version: stored.version + 1 });
  });

  it('reports every bad row by row, column and code, and writes none of the good ones', async () => {
    const before = await count();
    const audit = await count('audit_entry');
    const file = await xlsxFile([
      HEADER,
      [null, names.town, names.village, '新基地', '1', null, null, null],
      [null, names.town, names.village, null, '1', null, null, null],
      [null, names.town, '没有这个村', '某基地', null, null, null, null],
      [null, names.town, names.village, '某基地', null, null, null, '没有这家企业'],
      [null, names.town, names.village, '某基地', '十亩', null, null, null],
      [null, names.town, names.village, '新基地', '2', null, null, null],
      [null, names.town, names.village, '某基地', null, '产'.repeat(101), null, null],
    ]);
    const result = await postImport(t, clerk(), 'bases', file, { dryRun: 'false' });
    expect(result.status).toBe(200);
    expect(result.body.status).toBe('INVALID');
    expect(result.body.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 3, column: '基地名称', code: 'REQUIRED' },
      { row: 4, column: '村', code: 'NOT_FOUND' },
      { row: 5, column: '经营主体', code: 'NOT_FOUND' },
      { row: 6, column: '面积', code: 'INVALID' },
      { row: 7, column: '基地名称', code: 'DUPLICATE_IN_FILE' },
      { row: 8, column: '产业', code: 'INVALID' },
    ]);
    expect(result.body.errors[4].message).toContain('第 2 行');
    expect(await count()).toBe(before);
    expect(await count('audit_entry')).toBe(audit);
  });

  it("refuses a town editor another town's village, and writes nothing of the file", async () => {
    const editor = await clientWithScope(t, 'EDITOR', place.town);
    const before = await count();
    const file = await xlsxFile([
      HEADER,
      [null, names.town, names.village, '本镇新基地', null, null, null, null],
      [null, names.otherTown, names.otherVillage, '越界基地', null, null, null, null],
      [null, names.otherTown, names.otherVillage, '别村果园', '1', null, null, null],
    ]);
    const result = await postImport(t, editor.token as string, 'bases', file, { dryRun: 'false' });
    expect(result.body.status).toBe('INVALID');
    expect(result.body.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 3, column: '村', code: 'FORBIDDEN' },
      { row: 4, column: '村', code: 'FORBIDDEN' },
    ]);
    expect(result.body.errors[0].message).toContain(names.otherVillage);
    expect(await count()).toBe(before);
  });

  it('calls a village name two towns share AMBIGUOUS, and takes its 12-digit 区划代码', async () => {
    const [eastTown, westTown] = [
      await divisionFixture(t, 'TOWN', place.county, '东镇'),
      await divisionFixture(t, 'TOWN', place.county, '西镇'),
    ];
    for (const [town, code] of [
      [eastTown, '459999101001'],
      [westTown, '459999102001'],
    ]) {
      await sql(t, `INSERT INTO division (name, level, parent_id, code) VALUES ('同名村', 'VILLAGE', $1, $2)`, [town, code]);
    }
    const ambiguous = await postImport(
      t,
      clerk(),
      'bases',
      await xlsxFile([
        ['村', '基地名称'],
        ['同名村', '同名村基地'],
      ]),
      { dryRun: 'true' },
    );
    expect(ambiguous.body.errors).toEqual([expect.objectContaining({ row: 2, column: '村', code: 'AMBIGUOUS' })]);
    expect(ambiguous.body.errors[0].message).toContain('459999102001');

    const byCode = await postImport(
      t,
      clerk(),
      'bases',
      await xlsxFile([
        ['村', '基地名称'],
        ['459999102001', '同名村基地'],
      ]),
      { dryRun: 'false' },
    );
    expect(byCode.body).toMatchObject({ status: 'COMMITTED', created: 1 });
    const [village] = await sql<{ code: string }>(
      t,
      `SELECT d.code FROM base b JOIN division d ON d.id = b.village_id WHERE b.name = '同名村基地'`,
    );
    expect(village.code).toBe('459999102001');
  });

  it('imports its own export back without a change', async () => {
    const response = await fetch(`${t.url}/exports/bases.xlsx`, { headers: { authorization: `Bearer ${clerk()}` } });
    expect(response.status).toBe(200);
    const audit = await count('audit_entry');
    const back = await postImport(t, clerk(), 'bases', Buffer.from(await response.arrayBuffer()), { dryRun: 'false' });
    expect(back.body.errors).toEqual([]);
    expect(back.body).toMatchObject({ status: 'COMMITTED', rows: await count(), created: 0, updated: 0, errorCount: 0 });
    expect(back.body.unchanged).toBe(back.body.rows);
    expect(await count('audit_entry')).toBe(audit);
  });
});
