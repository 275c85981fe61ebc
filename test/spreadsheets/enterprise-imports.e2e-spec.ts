import { creditCodeCheckCharacter } from '@rural/enterprises';

import { sql } from '../support/database.js';
import { enterpriseFixture, placeFixture } from '../support/fixtures.js';
import { clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { postImport, xlsxFile, type SheetCells } from './import-files.js';

// Enterprise registers as clerks send them, imported over HTTP into the real app: found again by
// 统一社会信用代码 or, without one, by exact name; written through the enterprise use cases.

const HEADER = ['企业名称', '统一社会信用代码', '行业'];
const CREATE_ENTERPRISE = `mutation ImportCreateEnterprise($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }`;

/** A valid 统一社会信用代码 from 17 characters (the check character computed). */
const code = (first17: string) => `${first17}${creditCodeCheckCharacter(first17)}`;
const CODE_A = code('91451224MA5KT3WC3');
const CODE_B = code('92451224MA5L0Q8X1');
const CODE_C = code('91451224MA5N7A2B4');
const CODE_D = code('93451224MA5P1R6T7');

interface StoredEnterprise {
  id: string;
  name: string;
  credit_code: string | null;
  industry: string | null;
}

describe('POST /imports/enterprises', () => {
  let t: TestApp;

  const count = async (table = 'enterprise') => Number((await sql<{ n: string }>(t, `SELECT count(*) AS n FROM ${table}`))[0].n);
  const named = (name: string) =>
    sql<StoredEnterprise>(t, 'SELECT id::text, name, credit_code, industry FROM enterprise WHERE name = $1 ORDER BY id', [name]);
  const admin = () => t.admin.token as string;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  /** A register as clerks keep it: a merged title row, a code in lower case with spaces and 全角 digits, blanks, an empty row. */
  function messyRegister(): SheetCells {
    return [
      ['2024年引企下乡企业名录'],
      HEADER,
      ['  共耕农业发展有限公司 ', ` ${CODE_A.slice(0, 6)} ${CODE_A.slice(6).toLowerCase()} `, '葡萄种植'],
      [],
      ['东兰县红水河种养合作社', '—', '/'],
      ['长江牧业有限公司', CODE_B.replace('4', '４'), ' 肉牛养殖 '],
    ];
  }

  it('checks a messy but valid register in a dry run without writing, then commits it exactly', async () => {
    const file = await xlsxFile(messyRegister(), { merge: 'A1:C1', withInstructions: true });
    const before = await count();

    const dry = await postImport(t, admin(), 'enterprises', file, { dryRun: 'true', fileName: '企业名录.xlsx' });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ status: 'VALID', dryRun: true, rows: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect(await count()).toBe(before);

    const commit = await postImport(t, admin(), 'enterprises', file, { dryRun: 'false' });
    expect(commit.body).toMatchObject({ status: 'COMMITTED', rows: 3, created: 3, errorCount: 0 });
    expect(await count()).toBe(before + 3);
    const rows = await sql<Omit<StoredEnterprise, 'id'>>(
      t,
      `SELECT name, credit_code, industry FROM enterprise
       WHERE id IN (SELECT entity_id::bigint FROM audit_entry WHERE import_id = $1 AND entity_type = 'enterprise') ORDER BY name`,
      [commit.body.id],
    );
    expect(rows).toEqual([
      { name: '东兰县红水河种养合作社', credit_code: null, industry: null },
      { name: '共耕农业发展有限公司', credit_code: CODE_A, industry: '葡萄种植' },
      { name: '长江牧业有限公司', credit_code: CODE_B, industry: '肉牛养殖' },
    ]);
  });

  it('changes nothing when the same file comes again, and says so', async () => {
    const audit = await count('audit_entry');
    const again = await postImport(t, admin(), 'enterprises', await xlsxFile(messyRegister()), { dryRun: 'false' });
    expect(again.body).toMatchObject({ status: 'COMMITTED', rows: 3, created: 0, updated: 0, unchanged: 3 });
    expect(await count('audit_entry')).toBe(audit);
  });

  it('updates only the columns a file has: a rename by code, an industry by name, a code given to an enterprise without one', async () => {
    const before = await count();
    const file = await xlsxFile([
      ['统一社会信用代码', '企业名称'],
      [CODE_B, '长江牧业（东兰）有限公司'],
      [CODE_C, '东兰县红水河种养合作社'],
    ]);
    const renamed = await postImport(t, admin(), 'enterprises', file, { dryRun: 'false' });
    expect(renamed.body).toMatchObject({ status: 'COMMITTED', rows: 2, created: 0, updated: 2, unchanged: 0 });
    expect(await named('长江牧业（东兰）有限公司')).toEqual([expect.objectContaining({ credit_code: CODE_B, industry: '肉牛养殖' })]);
    expect(await named('东兰县红水河种养合作社')).toEqual([expect.objectContaining({ credit_code: CODE_C, industry: null })]);

    // Without a code column the name finds the enterprise, and a blank code would not remove one.
    const industry = await postImport(
      t,
      admin(),
      'enterprises',
      await xlsxFile([
        ['企业名称', '行业'],
        ['共耕农业发展有限公司', '葡萄种植、乡村旅游'],
      ]),
      { dryRun: 'false' },
    );
    expect(industry.body).toMatchObject({ status: 'COMMITTED', updated: 1 });
    expect(await named('共耕农业发展有限公司')).toEqual([expect.objectContaining({ credit_code: CODE_A, industry: '葡萄种植、乡村旅游' })]);
    expect(await count()).toBe(before);
  });

  it('reports every bad row by row, column and code, and writes none of the good ones', async () => {
    await sql(t, `INSERT INTO enterprise (name, credit_code) VALUES ('同名农业公司', $1), ('同名农业公司', $2)`, [
      CODE_D,
      code('91451224MA5Q2W3E4'),
    ]);
    const before = await count();
    const audit = await count('audit_entry');
    const file = await xlsxFile([
      HEADER,
      ['新的好企业有限公司', null, '茶叶'],
      [null, null, '茶叶'],
      ['代码错了的公司', '91451224MA5KT3WC30', null],
      ['重复代码的公司', CODE_A, null],
      ['同名农业公司', null, '水稻'],
      ['长江牧业（东兰）有限公司', null, null],
      ['名'.repeat(201), null, null],
      ['长江牧业（东兰）有限公司', CODE_B, null],
    ]);
    const result = await postImport(t, admin(), 'enterprises', file, { dryRun: 'false' });
    expect(result.status).toBe(200);
    expect(result.body.status).toBe('INVALID');
    expect(result.body.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 3, column: '企业名称', code: 'REQUIRED' },
      { row: 4, column: '统一社会信用代码', code: 'INVALID' },
      { row: 6, column: '统一社会信用代码', code: 'AMBIGUOUS' },
      { row: 8, column: '企业名称', code: 'INVALID' },
      { row: 9, column: '企业名称', code: 'DUPLICATE_IN_FILE' },
    ]);
    expect(result.body.errors[4].message).toContain('第 7 行');
    expect(await count()).toBe(before);
    expect(await count('audit_entry')).toBe(audit);

    // Row 5's code belongs to 共耕农业: the row renames it — in a second file it is a duplicate with row 2.
    const twice = await postImport(
      t,
      admin(),
      'enterprises',
      await xlsxFile([HEADER, ['甲公司', CODE_A, null], ['乙公司', ` ${CODE_A.toLowerCase()}`, null]]),
      { dryRun: 'true' },
    );
    expect(twice.body.errors).toEqual([expect.objectContaining({ row: 3, column: '统一社会信用代码', code: 'DUPLICATE_IN_FILE' })]);
  });

  it('lets any editor import enterprises, as createEnterprise does, and refuses a viewer', async () => {
    const place = await placeFixture(t);
    const townEditor = await clientWithScope(t, 'EDITOR', place.town);
    await townEditor.ok(CREATE_ENTERPRISE, { input: { name: '镇录入员新建的企业' } });
    const file = await xlsxFile([HEADER, ['镇录入员导入的企业', null, '油茶']]);
    const imported = await postImport(t, townEditor.token as string, 'enterprises', file, { dryRun: 'false' });
    expect(imported.body).toMatchObject({ status: 'COMMITTED', created: 1 });

    const viewer = await clientWithScope(t, 'VIEWER', null);
    const refused = await postImport(t, viewer.token as string, 'enterprises', file, { dryRun: 'true' });
    expect(refused.status).toBe(403);
  });

  it('re-imports its own export to no change', async () => {
    await enterpriseFixture(t, '导出企业');
    const exported = await fetch(`${t.url}/exports/enterprises.xlsx`, { headers: { authorization: `Bearer ${admin()}` } });
    expect(exported.status).toBe(200);
    const total = await count();
    const again = await postImport(t, admin(), 'enterprises', Buffer.from(await exported.arrayBuffer()), { dryRun: 'false' });
    expect(again.body).toMatchObject({ status: 'COMMITTED', rows: total, created: 0, updated: 0, unchanged: total });
  });
});
