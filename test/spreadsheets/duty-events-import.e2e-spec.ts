import { committeeMember, officeClient } from '../duty/duty-operations.js';
import { graphql } from '../generated/gql.js';
import { countRows, sql } from '../support/database.js';
import { placeFixture, type PlaceFixture } from '../support/fixtures.js';
import type { GraphqlClient } from '../support/graphql-client.js';
import { clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { postImport, xlsxFile, type SheetCells } from './import-files.js';

// The committee office's 履职活动台账 imported over HTTP into the real app: one row per participant,
// the rows of one 日期 + 活动名称 + 所属政协 one event; read back through GraphQL, undone.

const HEADER = ['日期', '活动类型', '活动名称', '议题', '地点', '所属政协', '委员', '出席情况', '大会发言（次）', '书面发言（次）'];

const EVENTS = graphql(`
  query SheetsDutyEvents($filter: DutyEventFilter) {
    dutyEvents(filter: $filter, take: 100) {
      totalItems
      items {
        title
        kind
        heldOn
        topic
        place
        divisionId
        participants {
          attendance
          speeches
          writtenSpeeches
          member {
            name
          }
        }
      }
    }
  }
`);
const UNDO = graphql(`
  mutation SheetsDutyUndo($id: ID!) {
    undoSpreadsheetImport(id: $id) {
      status
    }
  }
`);

let t: TestApp;
let place: PlaceFixture;
let county: string;
let office: GraphqlClient;

beforeAll(async () => {
  t = await startTestApp();
  place = await placeFixture(t);
  [{ name: county }] = await sql<{ name: string }>(t, `SELECT name FROM division WHERE id = $1`, [place.county]);
  office = await officeClient(t, null);
  for (const name of ['甲委员', '乙委员', '丙委员']) await committeeMember(t, name, place.county, '经济界');
});
afterAll(() => t?.close());

const events = async () => (await office.ok(EVENTS, { filter: { divisionId: place.county } })).dutyEvents;

/** The plenary with three members and a consultation with one, rows of the two events mixed. */
function ledger(): SheetCells {
  return [
    ['2024年县政协履职活动台账'],
    HEADER,
    ['2024-01-10', '全体会议', '县政协十届三次全体会议', '审议工作报告', '县会议中心', county, '甲委员', '出席', 1, 0],
    ['2024年3月5日', '协商议事', '乡村振兴专题协商会', '村级集体经济', null, county, '甲委员', '出席', null, 1],
    ['2024/1/10', '全体会议', '县政协十届三次全体会议', null, null, county, '乙委员', '请假', null, null],
    [new Date('2024-01-10T00:00:00Z'), '全体会议', '县政协十届三次全体会议', null, null, county, '丙委员', '缺席', null, null],
  ];
}

describe('POST /imports/duty-events', () => {
  it('refuses a clerk without the office post with 403 in Chinese, before anything is read', async () => {
    const editor = await clientWithScope(t, 'EDITOR', null);
    const refused = await postImport(t, editor.token as string, 'duty-events', await xlsxFile(ledger()), { dryRun: 'true' });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ code: 'FORBIDDEN', message: '只有政协办工作人员可以导入履职活动' });
    const viewer = await clientWithScope(t, 'VIEWER', null);
    expect((await postImport(t, viewer.token as string, 'duty-events', await xlsxFile(ledger()))).status).toBe(403);
  });

  it.each([
    ['an unknown member', { 6: '没有这个人' }, '委员', 'NOT_FOUND'],
    ['a word that is not an attendance', { 7: '迟到' }, '出席情况', 'INVALID'],
    ['a date that is not one', { 0: '2024-02-30' }, '日期', 'INVALID'],
    ['a day in the future', { 0: '2999-01-01' }, '日期', 'INVALID'],
    ['an unknown kind', { 1: '座谈' }, '活动类型', 'INVALID'],
    ['an unknown committee', { 5: '没有这个县' }, '所属政协', 'NOT_FOUND'],
    ['a member listed twice in one event', { 6: '甲委员' }, '委员', 'DUPLICATE_IN_FILE'],
    ['two kinds for one event', { 1: '常委会议' }, '活动类型', 'INVALID'],
    ['a count past 20', { 8: 21 }, '大会发言', 'INVALID'],
    ['an empty required cell', { 6: null }, '委员', 'REQUIRED'],
  ])('a dry run reports %s at its row and column, and writes nothing', async (_, change, column, code) => {
    const rows = ledger();
    const bad = [...rows[4]];
    for (const [index, value] of Object.entries(change)) bad[Number(index)] = value;
    rows[4] = bad;
    const before = await countRows(t, 'duty_event');
    const dry = await postImport(t, office.token as string, 'duty-events', await xlsxFile(rows, { merge: 'A1:J1' }), { dryRun: 'true' });
    // Once seen failing with 400 in CI and never since: the refusal's body says why, if it happens again.
    if (dry.status !== 200) throw new Error(`the dry run answered ${dry.status}: ${JSON.stringify(dry.body)}`);
    expect(dry.body.status).toBe('INVALID');
    expect(dry.body.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([{ row: 5, column, code }]);
    expect(dry.body.errors[0].message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await countRows(t, 'duty_event')).toBe(before);
  });

  it('checks the ledger in a dry run, then commits the two events with their participants, audited under the import', async () => {
    const file = await xlsxFile(ledger(), { merge: 'A1:J1' });
    const dry = await postImport(t, office.token as string, 'duty-events', file, { dryRun: 'true' });
    expect(dry.body).toMatchObject({ status: 'VALID', rows: 4, created: 2, updated: 0, unchanged: 0, errors: [] });
    expect((await events()).totalItems).toBe(0);

    const commit = await postImport(t, office.token as string, 'duty-events', file, { dryRun: 'false', fileName: '履职台账.xlsx' });
    expect(commit.body).toMatchObject({ status: 'COMMITTED', rows: 4, created: 2, errorCount: 0 });
    const { items } = await events();
    expect(items).toEqual([
      {
        title: '乡村振兴专题协商会',
        kind: 'CONSULTATION',
        heldOn: '2024-03-05',
        topic: '村级集体经济',
        place: null,
        divisionId: place.county,
        participants: [{ attendance: 'PRESENT', speeches: 0, writtenSpeeches: 1, member: { name: '甲委员' } }],
      },
      {
        title: '县政协十届三次全体会议',
        kind: 'PLENARY',
        heldOn: '2024-01-10',
        topic: '审议工作报告',
        place: '县会议中心',
        divisionId: place.county,
        participants: [
          { attendance: 'PRESENT', speeches: 1, writtenSpeeches: 0, member: { name: '甲委员' } },
          { attendance: 'EXCUSED', speeches: 0, writtenSpeeches: 0, member: { name: '乙委员' } },
          { attendance: 'ABSENT', speeches: 0, writtenSpeeches: 0, member: { name: '丙委员' } },
        ],
      },
    ]);
    const audited = await sql<{ entity_type: string; n: string }>(
      t,
      `SELECT entity_type, count(*) AS n FROM audit_entry WHERE import_id = $1 GROUP BY entity_type ORDER BY entity_type`,
      [commit.body.id],
    );
    expect(audited.map((row) => [row.entity_type, Number(row.n)])).toEqual([
      ['duty_event', 2],
      ['duty_participant', 4],
    ]);
  });

  it('changes nothing when the same ledger comes again', async () => {
    const audit = await countRows(t, 'audit_entry');
    const again = await postImport(t, office.token as string, 'duty-events', await xlsxFile(ledger()), { dryRun: 'false' });
    expect(again.body).toMatchObject({ status: 'COMMITTED', rows: 4, created: 0, updated: 0, unchanged: 2 });
    expect(await countRows(t, 'audit_entry')).toBe(audit);
  });

  it('updates a stored event from a corrected ledger, its participants replaced by the file’s, and undoes that', async () => {
    const before = await events();
    const corrected = await xlsxFile([
      HEADER,
      ['2024-01-10', '全体会议', '县政协十届三次全体会议', null, '县政协礼堂', county, '甲委员', '出席', 2, 0],
      ['2024-01-10', '全体会议', '县政协十届三次全体会议', null, null, county, '丙委员', '请假', null, null],
    ]);
    const commit = await postImport(t, office.token as string, 'duty-events', corrected, { dryRun: 'false' });
    expect(commit.body).toMatchObject({ status: 'COMMITTED', rows: 2, created: 0, updated: 1, unchanged: 0 });
    const plenary = (await events()).items.find((item) => item.kind === 'PLENARY');
    expect(plenary).toMatchObject({
      place: '县政协礼堂',
      // 议题 empty on every row of the event: the file clears it, as a cell emptied in the ledger means.
      topic: null,
      participants: [
        { attendance: 'PRESENT', speeches: 2, member: { name: '甲委员' } },
        { attendance: 'EXCUSED', speeches: 0, member: { name: '丙委员' } },
      ],
    });

    expect((await t.admin.ok(UNDO, { id: commit.body.id })).undoSpreadsheetImport.status).toBe('UNDONE');
    expect(await events()).toEqual(before);
  });

  it('undoes a committed import of new events: they and their participants are gone', async () => {
    const events2023 = await xlsxFile([
      HEADER,
      ['2023-05-06', '调研视察', '露营产业调研', null, null, county, '乙委员', '出席', null, null],
      ['2023-05-06', '调研视察', '露营产业调研', null, null, county, '丙委员', '出席', null, null],
    ]);
    const participants = await countRows(t, 'duty_participant');
    const commit = await postImport(t, office.token as string, 'duty-events', events2023, { dryRun: 'false' });
    expect(commit.body).toMatchObject({ status: 'COMMITTED', created: 1 });
    expect(await countRows(t, 'duty_participant')).toBe(participants + 2);
    await t.admin.ok(UNDO, { id: commit.body.id });
    expect((await events()).items.map((item) => item.title)).not.toContain('露营产业调研');
    expect(await countRows(t, 'duty_participant')).toBe(participants);
  });

  it('refuses an office clerk of one town an event of the county committee, FORBIDDEN at 所属政协', async () => {
    const townOffice = await officeClient(t, place.town);
    const result = await postImport(
      t,
      townOffice.token as string,
      'duty-events',
      await xlsxFile([HEADER, ['2024-04-01', '学习培训', '理论学习', null, null, county, '甲委员', '出席', null, null]]),
      { dryRun: 'true' },
    );
    expect(result.body.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 2, column: '所属政协', code: 'FORBIDDEN' },
    ]);
  });

  it('says AMBIGUOUS for a member name two members share', async () => {
    await committeeMember(t, '同名委员', place.county);
    await committeeMember(t, '同名委员', place.county);
    const result = await postImport(
      t,
      office.token as string,
      'duty-events',
      await xlsxFile([HEADER, ['2024-04-01', '学习培训', '理论学习', null, null, county, '同名委员', '出席', null, null]]),
      { dryRun: 'true' },
    );
    // The whole answer on a failure: once, in a full run, it had no errors (not reproduced alone).
    expect({ httpStatus: result.status, ...result.body }).toMatchObject({ httpStatus: 200 });
    expect(result.body.errors).toEqual([expect.objectContaining({ row: 2, column: '委员', code: 'AMBIGUOUS' })]);
  });

  it('serves the template with the columns, for any signed-in caller', async () => {
    const viewer = await clientWithScope(t, 'VIEWER', null);
    const response = await fetch(`${t.url}/templates/duty-events.xlsx`, { headers: { authorization: `Bearer ${viewer.token}` } });
    expect(response.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const header = (workbook.worksheets[0].getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(HEADER);
  });
});

describe('members import and export with 所属政协', () => {
  const MEMBER_HEADER = ['姓名', '界别', '职务', '所属企业', '所属政协'];
  const divisionOf = async (name: string) =>
    (await sql<{ division_id: string | null }>(t, `SELECT division_id::text AS division_id FROM member WHERE name = $1`, [name]))[0]
      ?.division_id;

  it('sets a member’s committee by name, by path and by 区划代码; a file without the column leaves it', async () => {
    const [{ name: town }] = await sql<{ name: string }>(t, `SELECT name FROM division WHERE id = $1`, [place.town]);
    await sql(t, `UPDATE division SET code = '459999123000' WHERE id = $1`, [place.town]);
    const file = await xlsxFile([
      MEMBER_HEADER,
      ['所属甲', '经济界', null, null, county],
      ['所属乙', null, null, null, `${county}/${town}`],
      ['所属丙', null, null, null, '459999123000'],
      ['所属丁', null, null, null, '没有这个县'],
    ]);
    const refused = await postImport(t, t.admin.token as string, 'members', file, { dryRun: 'true' });
    expect(refused.body.errors).toEqual([expect.objectContaining({ row: 5, column: '所属政协', code: 'NOT_FOUND' })]);

    const good = await xlsxFile([
      MEMBER_HEADER,
      ...[
        ['所属甲', county],
        ['所属乙', `${county}/${town}`],
        ['所属丙', '459999123000'],
      ].map(([name, committee]) => [name, null, null, null, committee]),
    ]);
    expect((await postImport(t, t.admin.token as string, 'members', good, { dryRun: 'false' })).body).toMatchObject({
      status: 'COMMITTED',
      created: 3,
    });
    expect([await divisionOf('所属甲'), await divisionOf('所属乙'), await divisionOf('所属丙')]).toEqual([
      place.county,
      place.town,
      place.town,
    ]);

    const old = await xlsxFile([
      ['姓名', '界别'],
      ['所属甲', '农业界'],
    ]);
    expect((await postImport(t, t.admin.token as string, 'members', old, { dryRun: 'false' })).body).toMatchObject({
      status: 'COMMITTED',
      updated: 1,
    });
    expect(await divisionOf('所属甲')).toBe(place.county);
  });

  it('exports 所属政协 as a name path that imports back unchanged', async () => {
    const response = await fetch(`${t.url}/exports/members.xlsx?search=${encodeURIComponent('所属')}`, {
      headers: { authorization: `Bearer ${t.admin.token}` },
    });
    const bytes = await response.arrayBuffer();
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(MEMBER_HEADER);
    expect(rows.find((row) => row[0] === '所属甲')?.[4]).toBe(county);
    const result = await postImport(t, t.admin.token as string, 'members', Buffer.from(bytes), { dryRun: 'false' });
    expect(result.body).toMatchObject({ status: 'COMMITTED', created: 0, updated: 0, unchanged: 3 });
  });
});
