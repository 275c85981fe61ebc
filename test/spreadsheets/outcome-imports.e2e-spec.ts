import { createHash } from 'node:crypto';

// Node decodes GB18030 but cannot encode it; the test writes a WPS-style CSV with iconv-lite.
import iconv from 'iconv-lite';

import { sql } from '../support/database.js';
import { baseFixture, divisionFixture, enterpriseFixture, matchFixture, placeFixture, type PlaceFixture } from '../support/fixtures.js';
import { clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { postImport, xlsxFile, type SheetCells } from './import-files.js';

// Outcome ledgers as clerks send them, imported over HTTP into the real app: dry run, commit,
// the same file again, bad rows and bad files, scopes, approval and the audit trail.

const HEADER = [
  '期间',
  '县',
  '乡镇',
  '村',
  '基地',
  '对接企业',
  '服务团',
  '面积（公顷）',
  '产值（万元）',
  '务工（人次）',
  '农户租金（元）',
  '是否下限',
  '来源',
];

describe('POST /imports/outcomes', () => {
  let t: TestApp;
  let place: PlaceFixture;
  let names: { county: string; town: string; village: string; base: string; enterprise: string; otherTown: string; otherVillage: string };
  let baseId: string;

  const count = async (table = 'outcome_record') => Number((await sql<{ n: string }>(t, `SELECT count(*) AS n FROM ${table}`))[0].n);
  const nameOf = async (table: string, id: string) =>
    (await sql<{ name: string }>(t, `SELECT name FROM ${table} WHERE id = $1`, [id]))[0].name;

  beforeAll(async () => {
    t = await startTestApp();
    place = await placeFixture(t);
    const enterpriseId = await enterpriseFixture(t, '共耕农业');
    baseId = await baseFixture(t, place.village);
    await matchFixture(t, { enterpriseId, villageId: place.village, baseId });
    const otherTown = await divisionFixture(t, 'TOWN', place.county, '别的镇');
    const otherVillage = await divisionFixture(t, 'VILLAGE', otherTown, '别的村');
    names = {
      county: await nameOf('division', place.county),
      town: await nameOf('division', place.town),
      village: await nameOf('division', place.village),
      base: await nameOf('base', baseId),
      enterprise: await nameOf('enterprise', enterpriseId),
      otherTown: await nameOf('division', otherTown),
      otherVillage: await nameOf('division', otherVillage),
    };
  });
  afterAll(() => t?.close());

  /** A ledger as clerks keep it: a merged title above the header, units in the header, 全角 digits, separators, blanks. */
  function messyLedger(): SheetCells {
    return [
      ['2024年度引企下乡成效台账（测试县）'],
      [],
      HEADER,
      [
        '2024年',
        ` ${names.county} `,
        names.town,
        names.village,
        names.base,
        names.enterprise,
        null,
        '１２０',
        '1,234.5',
        '8,200',
        '200000',
        '是',
        '2024年度台账',
      ],
      [],
      ['2024年第三季度', names.county, names.town, names.village, null, null, null, '—', '12.5', null, '/', null, null],
      ['2024年7月', names.county, names.town, null, null, null, null, '3', null, '15', null, '否', null],
    ];
  }

  it('checks a messy but valid ledger in a dry run without writing, then commits it exactly', async () => {
    const file = await xlsxFile(messyLedger(), { merge: 'A1:M1', withInstructions: true });
    const before = await count();

    const dry = await postImport(t, t.admin.token as string, 'outcomes', file, { dryRun: 'true', fileName: '成效台账.xlsx' });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      status: 'VALID',
      dryRun: true,
      rows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      errors: [],
      fileName: '成效台账.xlsx',
    });
    expect(dry.body.sha256).toBe(createHash('sha256').update(file).digest('hex'));
    expect(await count()).toBe(before);

    const commit = await postImport(t, t.admin.token as string, 'outcomes', file, { dryRun: 'false' });
    expect(commit.body).toMatchObject({ status: 'COMMITTED', dryRun: false, rows: 3, created: 3, errorCount: 0 });
    const rows = await sql<Record<string, string | boolean | null>>(
      t,
      `SELECT period, base_id, division_id, match_id, area_mu::text, output_value_yuan::text, jobs_person_times::text,
              household_rent_yuan::text, at_least, source, status
       FROM outcome_record WHERE id IN (SELECT entity_id::bigint FROM audit_entry WHERE import_id = $1) ORDER BY period`,
      [commit.body.id],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        period: '2024',
        base_id: baseId,
        area_mu: '1800.00',
        output_value_yuan: '12345000.00',
        jobs_person_times: '8200',
        household_rent_yuan: '200000.00',
        at_least: true,
        source: '2024年度台账',
        status: 'DRAFT',
      }),
      expect.objectContaining({ period: '2024-07', division_id: place.town, area_mu: '45.00', jobs_person_times: '15', at_least: false }),
      expect.objectContaining({
        period: '2024Q3',
        division_id: place.village,
        area_mu: null,
        output_value_yuan: '125000.00',
        household_rent_yuan: null,
      }),
    ]);
    expect(rows[0].match_id).not.toBeNull();
  });

  it('changes nothing when the same file comes again, and says so', async () => {
    const file = await xlsxFile(messyLedger());
    const audit = await count('audit_entry');
    const again = await postImport(t, t.admin.token as string, 'outcomes', file, { dryRun: 'false' });
    expect(again.body).toMatchObject({ status: 'COMMITTED', rows: 3, created: 0, updated: 0, unchanged: 3 });
    expect(await count('audit_entry')).toBe(audit);
  });

  it('reports every bad row by row, column and code, and writes none of the good ones', async () => {
    const before = await count();
    const file = await xlsxFile([
      HEADER,
      ['2025', names.county, names.town, names.village, names.base, null, null, '10', null, null, null, null, null],
      [null, names.county, names.town, names.village, names.base, null, null, '10', null, null, null, null, null],
      ['2025', names.county, names.town, '没有这个村', null, null, null, '10', null, null, null, null, null],
      ['2025', names.county, names.town, names.village, names.base, '没有这家企业', null, '10', null, null, null, null, null],
      ['2025', names.county, names.town, names.village, names.base, null, null, '十亩', null, null, null, null, null],
      ['2025', names.county, names.town, names.village, names.base, null, null, '11', null, null, null, null, null],
      ['2026', names.county, names.town, names.village, names.base, null, null, null, null, null, null, '是', null],
    ]);
    const result = await postImport(t, t.admin.token as string, 'outcomes', file, { dryRun: 'false' });
    expect(result.status).toBe(200);
    expect(result.body.status).toBe('INVALID');
    const problems = result.body.errors.map(({ row, column, code }) => ({ row, column, code }));
    expect(problems).toEqual([
      { row: 3, column: '期间', code: 'REQUIRED' },
      { row: 4, column: '村', code: 'NOT_FOUND' },
      { row: 5, column: '对接企业', code: 'NOT_FOUND' },
      { row: 6, column: '面积', code: 'INVALID' },
      { row: 7, column: '期间', code: 'DUPLICATE_IN_FILE' },
      { row: 8, column: null, code: 'REQUIRED' },
    ]);
    expect(result.body.errors[4].message).toContain('第 2 行');
    expect(await count()).toBe(before);
  });

  it("refuses a row outside a town editor's town, and a change to an approved record", async () => {
    const editor = await clientWithScope(t, 'EDITOR', place.town);
    const outside = await xlsxFile([
      HEADER,
      ['2023', null, names.otherTown, names.otherVillage, null, null, null, '5', null, null, null, null, null],
    ]);
    const refused = await postImport(t, editor.token as string, 'outcomes', outside, { dryRun: 'true' });
    expect(refused.body.errors).toEqual([expect.objectContaining({ row: 2, code: 'FORBIDDEN' })]);

    await sql(t, `UPDATE outcome_record SET status = 'APPROVED', approved_at = now() WHERE period = '2024' AND base_id = $1`, [baseId]);
    const change = await xlsxFile([
      HEADER,
      ['2024', null, names.town, names.village, names.base, names.enterprise, null, '121', null, null, null, null, null],
    ]);
    const conflict = await postImport(t, editor.token as string, 'outcomes', change, { dryRun: 'true' });
    expect(conflict.body.errors).toEqual([expect.objectContaining({ row: 2, code: 'CONFLICT' })]);
  });

  it('refuses files that are not .xlsx or csv, and a sheet without the required columns', async () => {
    const token = t.admin.token as string;
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    const old = await postImport(t, token, 'outcomes', xls);
    expect(old.status).toBe(400);
    expect(old.body).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(old.body.message).toContain('.xlsx');
    const binary = await postImport(t, token, 'outcomes', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    expect(binary.status).toBe(400);
    const noPeriod = await postImport(
      t,
      token,
      'outcomes',
      await xlsxFile([
        ['县', '乡镇', '面积（亩）'],
        ['x', 'y', '1'],
      ]),
    );
    expect(noPeriod.body.status).toBe('INVALID');
    expect(noPeriod.body.errors[0]).toMatchObject({ code: 'REQUIRED', row: 1 });
    expect(noPeriod.body.errors[0].message).toContain('期间');
  });

  it('reads a csv in GB18030, and refuses a viewer', async () => {
    const text = `${HEADER.join(',')}\r\n2022年,${names.county},${names.town},${names.village},,,,2,,,,,\r\n`;
    const encoded = iconv.encode(text, 'gb18030');
    const result = await postImport(t, t.admin.token as string, 'outcomes', encoded, { dryRun: 'true' });
    expect(result.body).toMatchObject({ status: 'VALID', created: 1 });
    const viewer = await clientWithScope(t, 'VIEWER', null);
    const refused = await postImport(t, viewer.token as string, 'outcomes', encoded);
    expect(refused.status).toBe(403);
  });
});
