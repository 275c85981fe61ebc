import { creditCodeCheckCharacter } from '@rural/enterprises';

import { sql } from '../support/database.js';
import { memberFixture, placeFixture } from '../support/fixtures.js';
import { clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { postImport, xlsxFile, type SheetCells } from './import-files.js';

// Member lists as the CPPCC office sends them, imported over HTTP into the real app: found again
// by name, 所属企业 by credit code or exact name; written through the member use cases.

const HEADER = ['姓名', '界别', '职务', '所属企业'];
const CREATE_MEMBER = `mutation ImportCreateMember($input: CreateMemberInput!) { createMember(input: $input) { id } }`;

const code = (first17: string) => `${first17}${creditCodeCheckCharacter(first17)}`;
const CODE_A = code('91451224MA5KT3WC3');
const CODE_B = code('92451224MA5L0Q8X1');

describe('POST /imports/members', () => {
  let t: TestApp;
  let enterprise: { coded: string; uncoded: string; other: string };

  const count = async (table = 'member') => Number((await sql<{ n: string }>(t, `SELECT count(*) AS n FROM ${table}`))[0].n);
  const admin = () => t.admin.token as string;
  const insertEnterprise = async (name: string, creditCode: string | null = null) =>
    (
      await sql<{ id: string }>(t, 'INSERT INTO enterprise (name, credit_code) VALUES ($1, $2) RETURNING id::text AS id', [
        name,
        creditCode,
      ])
    )[0].id;
  /** The stored member of this name with the names of their enterprises, sorted. */
  const memberNamed = async (name: string) => {
    const [member] = await sql<{ id: string; sector: string | null; title: string | null }>(
      t,
      'SELECT id::text, sector, title FROM member WHERE name = $1',
      [name],
    );
    const links = await sql<{ name: string }>(
      t,
      'SELECT e.name FROM member_enterprise l JOIN enterprise e ON e.id = l.enterprise_id WHERE l.member_id = $1 ORDER BY e.name',
      [member.id],
    );
    return { sector: member.sector, title: member.title, enterprises: links.map((link) => link.name) };
  };

  beforeAll(async () => {
    t = await startTestApp();
    enterprise = {
      coded: await insertEnterprise('共耕农业发展有限公司', CODE_A),
      uncoded: await insertEnterprise('红水河种养合作社'),
      other: await insertEnterprise('长江牧业有限公司', CODE_B),
    };
  });
  afterAll(() => t?.close());

  /** A list as the office keeps it: a title row, a code typed in lower case, 全角 and ASCII separators, blanks, an empty row. */
  function messyList(): SheetCells {
    return [
      ['东兰县政协委员名单（乡村振兴委员行动）'],
      [],
      HEADER,
      [' 梁贤勇 ', '经济界', '东兰县政协委员', `${CODE_A.toLowerCase()}、红水河种养合作社`],
      ['韦建东', '农业界', null, '—'],
      [],
      ['覃海燕', null, '县政协常委', `长江牧业有限公司，${CODE_A} ; 长江牧业有限公司`],
    ];
  }

  it('checks a messy but valid list in a dry run without writing, then commits it exactly', async () => {
    const file = await xlsxFile(messyList(), { merge: 'A1:D1', withInstructions: true });
    const before = await count();
    const links = await count('member_enterprise');

    const dry = await postImport(t, admin(), 'members', file, { dryRun: 'true', fileName: '委员名单.xlsx' });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ status: 'VALID', dryRun: true, rows: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect(await count()).toBe(before);
    expect(await count('member_enterprise')).toBe(links);

    const commit = await postImport(t, admin(), 'members', file, { dryRun: 'false' });
    expect(commit.body).toMatchObject({ status: 'COMMITTED', rows: 3, created: 3, errorCount: 0 });
    expect(await memberNamed('梁贤勇')).toEqual({
      sector: '经济界',
      title: '东兰县政协委员',
      enterprises: ['共耕农业发展有限公司', '红水河种养合作社'],
    });
    expect(await memberNamed('韦建东')).toEqual({ sector: '农业界', title: null, enterprises: [] });
    expect(await memberNamed('覃海燕')).toEqual({
      sector: null,
      title: '县政协常委',
      enterprises: ['共耕农业发展有限公司', '长江牧业有限公司'],
    });
    const audited = await sql<{ entity_type: string; n: string }>(
      t,
      'SELECT entity_type, count(*) AS n FROM audit_entry WHERE import_id = $1 GROUP BY entity_type ORDER BY entity_type',
      [commit.body.id],
    );
    expect(audited).toEqual([
      { entity_type: 'member', n: '3' },
      { entity_type: 'member_enterprise', n: '4' },
    ]);
  });

  it('changes nothing when the same file comes again (enterprises in another order too), and says so', async () => {
    const audit = await count('audit_entry');
    const list = messyList();
    list[3][3] = `红水河种养合作社、${CODE_A}`;
    const again = await postImport(t, admin(), 'members', await xlsxFile(list), { dryRun: 'false' });
    expect(again.body).toMatchObject({ status: 'COMMITTED', rows: 3, created: 0, updated: 0, unchanged: 3 });
    expect(await count('audit_entry')).toBe(audit);
  });

  it('updates only the columns a file has', async () => {
    const titles = await postImport(
      t,
      admin(),
      'members',
      await xlsxFile([
        ['姓名', '职务'],
        ['梁贤勇', '东兰县政协常委'],
      ]),
      { dryRun: 'false' },
    );
    expect(titles.body).toMatchObject({ status: 'COMMITTED', updated: 1 });
    expect(await memberNamed('梁贤勇')).toEqual({
      sector: '经济界',
      title: '东兰县政协常委',
      enterprises: ['共耕农业发展有限公司', '红水河种养合作社'],
    });

    // A 所属企业 column replaces the list; a blank one clears it.
    const links = await postImport(
      t,
      admin(),
      'members',
      await xlsxFile([
        ['所属企业', '姓名'],
        [CODE_B, '韦建东'],
        [null, '覃海燕'],
      ]),
      { dryRun: 'false' },
    );
    expect(links.body).toMatchObject({ status: 'COMMITTED', updated: 2, unchanged: 0 });
    expect(await memberNamed('韦建东')).toEqual({ sector: '农业界', title: null, enterprises: ['长江牧业有限公司'] });
    expect(await memberNamed('覃海燕')).toEqual({ sector: null, title: '县政协常委', enterprises: [] });
  });

  it('reports every bad row by row, column and code, and writes none of the good ones', async () => {
    await insertEnterprise('同名农业公司', code('93451224MA5P1R6T7'));
    await insertEnterprise('同名农业公司', code('91451224MA5Q2W3E4'));
    await memberFixture(t, '重名委员');
    const [{ name: twinName }] = await sql<{ name: string }>(t, "SELECT name FROM member WHERE name LIKE '重名委员%'");
    await sql(t, 'INSERT INTO member (name) VALUES ($1)', [twinName]);
    const before = await count();
    const audit = await count('audit_entry');

    const file = await xlsxFile([
      HEADER,
      ['新来的委员', '科技界', null, '共耕农业发展有限公司'],
      [null, '科技界', null, null],
      ['找不到企业的委员', null, null, '没有这家企业、红水河种养合作社、也没有这家'],
      ['企业重名的委员', null, null, '同名农业公司'],
      [twinName, null, '委员', null],
      ['新来的委员', null, null, null],
      ['名'.repeat(51), null, null, null],
    ]);
    const result = await postImport(t, admin(), 'members', file, { dryRun: 'false' });
    expect(result.status).toBe(200);
    expect(result.body.status).toBe('INVALID');
    expect(result.body.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 3, column: '姓名', code: 'REQUIRED' },
      { row: 4, column: '所属企业', code: 'NOT_FOUND' },
      { row: 4, column: '所属企业', code: 'NOT_FOUND' },
      { row: 5, column: '所属企业', code: 'AMBIGUOUS' },
      { row: 6, column: '姓名', code: 'AMBIGUOUS' },
      { row: 7, column: '姓名', code: 'DUPLICATE_IN_FILE' },
      { row: 8, column: '姓名', code: 'INVALID' },
    ]);
    expect(result.body.errors[1].message).toContain('没有这家企业');
    expect(result.body.errors[2].message).toContain('也没有这家');
    expect(result.body.errors[5].message).toContain('第 2 行');
    expect(await count()).toBe(before);
    expect(await count('audit_entry')).toBe(audit);
    // Namesakes cannot be told apart by a file at all: the export test below needs them gone.
    await sql(t, 'DELETE FROM member WHERE name = $1', [twinName]);
  });

  it('lets any editor import members, as createMember does, and refuses a viewer', async () => {
    const place = await placeFixture(t);
    const townEditor = await clientWithScope(t, 'EDITOR', place.town);
    await townEditor.ok(CREATE_MEMBER, { input: { name: '镇录入员新建的委员', enterpriseIds: [enterprise.other] } });
    const file = await xlsxFile([HEADER, ['镇录入员导入的委员', null, null, CODE_B]]);
    const imported = await postImport(t, townEditor.token as string, 'members', file, { dryRun: 'false' });
    expect(imported.body).toMatchObject({ status: 'COMMITTED', created: 1 });

    const viewer = await clientWithScope(t, 'VIEWER', null);
    const refused = await postImport(t, viewer.token as string, 'members', file, { dryRun: 'true' });
    expect(refused.status).toBe(403);
  });

  it('re-imports its own export to no change, an enterprise without a code named by its name', async () => {
    // A coded enterprise may share the uncoded one's name: the name still means the one without a code.
    await insertEnterprise('红水河种养合作社', code('91451224MA5N7A2B4'));
    const exported = await fetch(`${t.url}/exports/members.xlsx`, { headers: { authorization: `Bearer ${admin()}` } });
    expect(exported.status).toBe(200);
    const total = await count();
    const again = await postImport(t, admin(), 'members', Buffer.from(await exported.arrayBuffer()), { dryRun: 'false' });
    expect(again.body).toMatchObject({ status: 'COMMITTED', rows: total, created: 0, updated: 0, unchanged: total });
  });
});
