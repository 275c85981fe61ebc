import { sql } from '../support/database.js';
import { baseFixture, divisionFixture, enterpriseFixture, memberFixture, placeFixture, type PlaceFixture } from '../support/fixtures.js';
import { clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { postImport, xlsxFile, type SheetCells } from './import-files.js';

// 引企下乡对接 ledgers imported over HTTP into the real app: found again by enterprise + village +
// base (none counting as one), 状态 in Chinese, 牵线委员 by name; dry run, commit, the same file
// again, partial columns, bad rows, scopes, namesake villages and an export imported back.

const HEADER = ['县', '乡镇', '村', '基地', '对接企业', '牵线委员', '状态', '签约日期', '协议投资（万元）'];
const CODE = '91350100M000100Y43';

interface MatchRow {
  id: string;
  village_id: string;
  base_id: string | null;
  status: string;
  signed_on: string | null;
  investment_yuan: string | null;
  version: number;
  brokers: string[];
}

describe('POST /imports/matches', () => {
  let t: TestApp;
  let place: PlaceFixture;
  let clerkToken: string;
  let ids: { byCode: string; byName: string; base: string; liang: string; wei: string };
  let names: {
    county: string;
    town: string;
    village: string;
    base: string;
    byName: string;
    liang: string;
    wei: string;
    namesake: string;
    otherTown: string;
    otherVillage: string;
  };

  // The county bureau's clerk: an editor of the county, so 县 may stay empty.
  const clerk = () => clerkToken;
  const count = async (table = 'match') => Number((await sql<{ n: string }>(t, `SELECT count(*) AS n FROM ${table}`))[0].n);
  const nameOf = async (table: string, id: string) =>
    (await sql<{ name: string }>(t, `SELECT name FROM ${table} WHERE id = $1`, [id]))[0].name;
  /** The match of an enterprise in the fixture's village, at a base or at none, with its brokers' ids in order. */
  const matchOf = async (enterpriseId: string, baseId: string | null) =>
    (
      await sql<MatchRow>(
        t,
        `SELECT m.id::text, m.village_id::text, m.base_id::text, m.status::text, m.signed_on::text, m.investment_yuan::text, m.version,
                array(SELECT b.member_id::text FROM match_broker b WHERE b.match_id = m.id ORDER BY b.member_id) AS brokers
         FROM match m WHERE m.enterprise_id = $1 AND m.base_id IS NOT DISTINCT FROM $2::bigint`,
        [enterpriseId, baseId],
      )
    )[0];

  beforeAll(async () => {
    t = await startTestApp();
    place = await placeFixture(t);
    clerkToken = (await clientWithScope(t, 'EDITOR', place.county)).token as string;
    const byCode = await enterpriseFixture(t, '有代码农业');
    await sql(t, `UPDATE enterprise SET credit_code = $1 WHERE id = $2`, [CODE, byCode]);
    const byName = await enterpriseFixture(t, '无代码合作社');
    const base = await baseFixture(t, place.village);
    const [liang, wei] = [await memberFixture(t, '梁委员'), await memberFixture(t, '韦委员')];
    // Two members of one name: 牵线委员 cannot tell them apart.
    for (let i = 0; i < 2; i += 1) await sql(t, `INSERT INTO member (name) VALUES ('同名委员')`);
    const otherTown = await divisionFixture(t, 'TOWN', place.county, '别的镇');
    const otherVillage = await divisionFixture(t, 'VILLAGE', otherTown, '别的村');
    ids = { byCode, byName, base, liang, wei };
    names = {
      county: await nameOf('division', place.county),
      town: await nameOf('division', place.town),
      village: await nameOf('division', place.village),
      base: await nameOf('base', base),
      byName: await nameOf('enterprise', byName),
      liang: await nameOf('member', liang),
      wei: await nameOf('member', wei),
      namesake: '同名委员',
      otherTown: await nameOf('division', otherTown),
      otherVillage: await nameOf('division', otherVillage),
    };
  });
  afterAll(() => t?.close());

  /** A ledger as the bureau keeps it: a merged title, 万元, a date cell and written dates, 、 and ，between names, blanks. */
  function messyLedger(): SheetCells {
    return [
      ['引企下乡对接台账'],
      HEADER,
      [
        ` ${names.county} `,
        names.town,
        names.village,
        names.base,
        CODE,
        `${names.liang}、${names.wei} `,
        '运营中',
        new Date(Date.UTC(2024, 2, 15)),
        '５０',
      ],
      [],
      [null, names.town, names.village, null, CODE, null, null, '2024年6月1日', '—'],
      [null, null, names.village, null, names.byName, `${names.wei}，${names.wei}`, '意向', null, '1,200.5'],
    ];
  }

  it('checks a messy but valid ledger in a dry run without writing, then commits it exactly', async () => {
    const file = await xlsxFile(messyLedger(), { merge: 'A1:I1', withInstructions: true });
    const before = await count();

    const dry = await postImport(t, clerk(), 'matches', file, { dryRun: 'true', fileName: '对接台账.xlsx' });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ status: 'VALID', dryRun: true, rows: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect(await count()).toBe(before);
    expect(await count('match_broker')).toBe(0);

    const commit = await postImport(t, clerk(), 'matches', file, { dryRun: 'false' });
    expect(commit.body).toMatchObject({ status: 'COMMITTED', rows: 3, created: 3, errorCount: 0 });
    expect(await matchOf(ids.byCode, ids.base)).toMatchObject({
      village_id: place.village,
      status: 'OPERATING',
      signed_on: '2024-03-15',
      investment_yuan: '500000.00',
      brokers: [ids.liang, ids.wei].sort(),
    });
    expect(await matchOf(ids.byCode, null)).toMatchObject({
      status: 'INTENT',
      signed_on: '2024-06-01',
      investment_yuan: null,
      brokers: [],
    });
    expect(await matchOf(ids.byName, null)).toMatchObject({ status: 'INTENT', investment_yuan: '12005000.00', brokers: [ids.wei] });
    const audited = await sql<{ n: string }>(t, `SELECT count(*) AS n FROM audit_entry WHERE import_id = $1 AND entity_type = 'match'`, [
      commit.body.id,
    ]);
    expect(Number(audited[0].n)).toBe(3);
  });

  it('changes nothing when the same file comes again, and says so', async () => {
    const audit = await count('audit_entry');
    const again = await postImport(t, clerk(), 'matches', await xlsxFile(messyLedger()), { dryRun: 'false' });
    expect(again.body).toMatchObject({ status: 'COMMITTED', rows: 3, created: 0, updated: 0, unchanged: 3 });
    expect(await count('audit_entry')).toBe(audit);
  });

  it('updates only the columns a file has; 牵线委员 given becomes exactly that list', async () => {
    const stored = await matchOf(ids.byCode, ids.base);
    const status = await xlsxFile([
      ['村', '基地', '对接企业', '状态'],
      [names.village, names.base, CODE, '暂停'],
      [names.village, null, CODE, '意向'],
    ]);
    const first = await postImport(t, clerk(), 'matches', status, { dryRun: 'false' });
    expect(first.body).toMatchObject({ status: 'COMMITTED', rows: 2, updated: 1, unchanged: 1 });
    expect(await matchOf(ids.byCode, ids.base)).toEqual({ ...stored, status: 'SUSPENDED', version: stored.version + 1 });

    const brokers = await xlsxFile([
      ['村', '基地', '对接企业', '牵线委员'],
      [names.village, names.base, CODE, names.liang],
    ]);
    const second = await postImport(t, clerk(), 'matches', brokers, { dryRun: 'false' });
    expect(second.body).toMatchObject({ status: 'COMMITTED', updated: 1 });
    expect(await matchOf(ids.byCode, ids.base)).toMatchObject({ status: 'SUSPENDED', signed_on: '2024-03-15', brokers: [ids.liang] });
  });

  it('reports every bad row by row, column and code, and writes none of the good ones', async () => {
    // Each bad row a match of its own, so that none is a duplicate of another.
    const extra = [await nameOf('enterprise', await enterpriseFixture(t)), await nameOf('enterprise', await enterpriseFixture(t))];
    const before = await count();
    const audit = await count('audit_entry');
    const row = (
      base: string | null,
      enterprise: string | null,
      brokers: string | null,
      status: string | null,
      signedOn: string | null,
    ) => [null, names.town, names.village, base, enterprise, brokers, status, signedOn, null];
    const file = await xlsxFile([
      HEADER,
      row(null, names.byName, null, '已签约', '2024-01-02'),
      row(null, null, null, null, null),
      row(null, '没有这家企业', null, null, null),
      row('没有这个基地', CODE, null, null, null),
      row(names.base, names.byName, '查无此人', null, null),
      row(names.base, CODE, `${names.liang}、${names.namesake}`, null, null),
      row(null, extra[0], null, '进行中', null),
      row(null, extra[1], null, null, '2999-01-01'),
      row(null, names.byName, null, '运营中', null),
    ]);
    const result = await postImport(t, clerk(), 'matches', file, { dryRun: 'false' });
    expect(result.status).toBe(200);
    expect(result.body.status).toBe('INVALID');
    expect(result.body.errors.map(({ row: at, column, code }) => ({ row: at, column, code }))).toEqual([
      { row: 3, column: '对接企业', code: 'REQUIRED' },
      { row: 4, column: '对接企业', code: 'NOT_FOUND' },
      { row: 5, column: '基地', code: 'NOT_FOUND' },
      { row: 6, column: '牵线委员', code: 'NOT_FOUND' },
      { row: 7, column: '牵线委员', code: 'AMBIGUOUS' },
      { row: 8, column: '状态', code: 'INVALID' },
      { row: 9, column: '签约日期', code: 'INVALID' },
      { row: 10, column: '对接企业', code: 'DUPLICATE_IN_FILE' },
    ]);
    expect(result.body.errors[4].message).toContain(names.namesake);
    expect(result.body.errors[7].message).toContain('第 2 行');
    expect(await count()).toBe(before);
    expect(await count('audit_entry')).toBe(audit);
  });

  it("refuses a town editor another town's village, and writes nothing of the file", async () => {
    const editor = await clientWithScope(t, 'EDITOR', place.town);
    const before = await count();
    const file = await xlsxFile([
      ['乡镇', '村', '对接企业', '状态'],
      [names.town, names.village, names.byName, '已签约'],
      [names.otherTown, names.otherVillage, names.byName, '意向'],
    ]);
    const result = await postImport(t, editor.token as string, 'matches', file, { dryRun: 'false' });
    // The whole answer on a failure: once, in a full run, it had no status (not reproduced alone).
    expect({ httpStatus: result.status, ...result.body }).toMatchObject({ httpStatus: 200, status: 'INVALID' });
    expect(result.body.errors).toEqual([expect.objectContaining({ row: 3, column: '村', code: 'FORBIDDEN' })]);
    expect(result.body.errors[0].message).toContain(names.otherVillage);
    expect(await count()).toBe(before);
    expect(await matchOf(ids.byName, null)).toMatchObject({ status: 'INTENT' });
  });

  it('calls a village name two towns share AMBIGUOUS, and takes its 12-digit 区划代码', async () => {
    for (const [label, code] of [
      ['东镇', '459999101001'],
      ['西镇', '459999102001'],
    ]) {
      const town = await divisionFixture(t, 'TOWN', place.county, label);
      await sql(t, `INSERT INTO division (name, level, parent_id, code) VALUES ('同名村', 'VILLAGE', $1, $2)`, [town, code]);
    }
    const fileNaming = (village: string) =>
      xlsxFile([
        ['村', '对接企业', '状态'],
        [village, names.byName, '已签约'],
      ]);
    const ambiguous = await postImport(t, clerk(), 'matches', await fileNaming('同名村'), { dryRun: 'true' });
    expect(ambiguous.body.errors).toEqual([expect.objectContaining({ row: 2, column: '村', code: 'AMBIGUOUS' })]);
    expect(ambiguous.body.errors[0].message).toContain('459999101001');

    const byCode = await postImport(t, clerk(), 'matches', await fileNaming('459999101001'), { dryRun: 'false' });
    expect(byCode.body).toMatchObject({ status: 'COMMITTED', created: 1 });
    const [village] = await sql<{ code: string }>(
      t,
      `SELECT d.code FROM match m JOIN division d ON d.id = m.village_id WHERE m.enterprise_id = $1 AND d.name = '同名村'`,
      [ids.byName],
    );
    expect(village.code).toBe('459999101001');
  });

  it('imports its own export back without a change', async () => {
    const response = await fetch(`${t.url}/exports/matches.xlsx`, { headers: { authorization: `Bearer ${clerk()}` } });
    expect(response.status).toBe(200);
    const audit = await count('audit_entry');
    const back = await postImport(t, clerk(), 'matches', Buffer.from(await response.arrayBuffer()), { dryRun: 'false' });
    expect(back.body.errors).toEqual([]);
    expect(back.body).toMatchObject({ status: 'COMMITTED', rows: await count(), created: 0, updated: 0 });
    expect(back.body.unchanged).toBe(back.body.rows);
    expect(await count('audit_entry')).toBe(audit);
  });
});
