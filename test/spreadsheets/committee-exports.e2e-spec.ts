import ExcelJS from 'exceljs';

import { committeeMember, FILE, officeClient, RANKING, RECORD_EVENT, saveProposedRules } from '../duty/duty-operations.js';
import { graphql } from '../generated/gql.js';
import {
  ASSIGN,
  backdate,
  daysFromToday,
  filedSuggestion,
  suggestionWorld,
  type SuggestionWorld,
} from '../suggestions/suggestion-world.js';
import { approveAllRecords } from '../support/approval.js';
import { sql } from '../support/database.js';
import { baseFixture, enterpriseFixture, matchFixture, placeFixture, type PlaceFixture } from '../support/fixtures.js';
import type { GraphqlClient } from '../support/graphql-client.js';
import { clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The committee's workbooks read back with exceljs and held against the GraphQL answers the same
// caller gets: ranking totals, the file's points, the board's order and the units' rates.

const YEAR = 2024;
// More members than one API page: the ranking workbook must hold every one.
const EXTRA_MEMBERS = 104;

const RECORD_OUTCOME = graphql(`
  mutation SheetsCommitteeOutcome($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
    }
  }
`);
const BOARD = graphql(`
  query SheetsCommitteeBoard($filter: SuggestionBoardFilter) {
    suggestionBoard(filter: $filter) {
      year
      items {
        light
        daysLeft
        suggestion {
          title
          deadline
        }
        unit {
          name
        }
      }
      units {
        open
        red
        replied
        unit {
          name
        }
      }
    }
  }
`);
const FIGURES = graphql(`
  query SheetsCommitteeFigures($filter: SuggestionFiguresFilter) {
    suggestionFigures(filter: $filter) {
      submitted
      summaryText
    }
  }
`);

let t: TestApp;
let place: PlaceFixture;
let office: GraphqlClient;
let a: string;
let b: string;
let world: SuggestionWorld;

/** GET a report; the status, and the workbook or the JSON refusal. */
async function download(client: { token?: string | null } | null, path: string) {
  const response = await fetch(`${t.url}${path}`, { headers: client?.token ? { authorization: `Bearer ${client.token}` } : {} });
  if (response.status !== 200) return { status: response.status, body: (await response.json()) as { code: string; message: string } };
  expect(response.headers.get('content-type')).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return { status: 200, workbook, disposition: response.headers.get('content-disposition') ?? '' };
}

/** A sheet's rows as plain values (column A first), from `from` on. */
function rowsOf(sheet: ExcelJS.Worksheet, from = 1): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row, number) => {
    if (number >= from) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

/** The rows under the frozen header row. */
function tableOf(sheet: ExcelJS.Worksheet): { header: unknown[]; rows: unknown[][] } {
  const split = (sheet.views[0] as { ySplit?: number }).ySplit ?? 0;
  const [header, ...rows] = rowsOf(sheet, split);
  return { header, rows };
}

beforeAll(async () => {
  t = await startTestApp();
  place = await placeFixture(t);
  office = await officeClient(t, null);
  await saveProposedRules(t, YEAR);
  a = await committeeMember(t, '排名甲', place.county, '经济界');
  b = await committeeMember(t, '排名乙', place.town, '农业界');
  await sql(
    t,
    `INSERT INTO member (name, sector, division_id) SELECT '委员' || n, '社科界', $1 FROM generate_series(1, ${EXTRA_MEMBERS}) n`,
    [place.county],
  );
  const events = [
    { kind: 'PLENARY' as const, title: '全体会议', heldOn: '2024-01-10' },
    { kind: 'STANDING' as const, title: '常委会议', heldOn: '2024-04-10' },
    { kind: 'RESEARCH' as const, title: '露营产业调研', heldOn: '2024-05-06' },
  ];
  for (const event of events) {
    await office.ok(RECORD_EVENT, {
      input: {
        ...event,
        divisionId: place.county,
        participants: [
          { memberId: a, attendance: 'PRESENT', speeches: event.kind === 'PLENARY' ? 1 : 0 },
          { memberId: b, attendance: event.kind === 'STANDING' ? 'ABSENT' : 'PRESENT' },
        ],
      },
    });
  }
  const baseId = await baseFixture(t, place.village);
  const matchId = await matchFixture(t, { enterpriseId: await enterpriseFixture(t), villageId: place.village, baseId, brokerIds: [a] });
  await sql(t, `UPDATE match SET signed_on = '2023-06-01' WHERE id = $1`, [matchId]);
  await t.admin.ok(RECORD_OUTCOME, {
    input: { baseId, matchId, period: '2024', jobsPersonTimes: '8200', householdRentYuan: '200000', atLeast: true },
  });
  await approveAllRecords(t);

  // The board: red (overdue 5 days), yellow (2 days left), green (10 days left).
  world = await suggestionWorld(t);
  const ids: Record<string, string> = {};
  for (const [name, title] of [
    ['green', '绿灯提案'],
    ['yellow', '黄灯提案'],
    ['red', '红灯提案'],
  ]) {
    ids[name] = await filedSuggestion(t, world, { title });
  }
  await world.office.ok(ASSIGN, { input: { id: ids.green, leadUnitId: world.unitA, deadline: daysFromToday(10) } });
  await world.office.ok(ASSIGN, { input: { id: ids.yellow, leadUnitId: world.unitB, deadline: daysFromToday(2) } });
  await world.office.ok(ASSIGN, { input: { id: ids.red, leadUnitId: world.unitA, deadline: daysFromToday(0) } });
  await backdate(t, ids.red, 5);
});
afterAll(() => t?.close());

describe('GET /exports/duty-ranking.xlsx', () => {
  it('holds every ranked member with the totals, ranks and categories the API gives', async () => {
    const first = (await t.admin.ok(RANKING, { year: YEAR, take: 100 })).dutyRanking;
    const rest = (await t.admin.ok(RANKING, { year: YEAR, skip: 100, take: 100 })).dutyRanking;
    const api = [...first.items, ...rest.items];
    expect(api.length).toBe(first.totalItems);
    expect(first.totalItems).toBeGreaterThan(100);

    const file = await download(t.admin, `/exports/duty-ranking.xlsx?year=${YEAR}`);
    expect(file.status).toBe(200);
    const sheet = file.workbook!.worksheets[0];
    expect(sheet.name).toBe('履职积分排名');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(rowsOf(sheet)[0][0]).toBe(`全部区划${YEAR}年度委员履职积分排名`);
    const { header, rows } = tableOf(sheet);
    expect(header).toEqual([
      '名次',
      '委员',
      '界别',
      '会议（上限40）',
      '活动（上限15）',
      '提案（上限20）',
      '社情民意（上限10）',
      '服务乡村振兴（上限15）',
      '总分',
      '等级',
    ]);
    expect(rows.length).toBe(api.length);
    expect(rows.map((row) => [row[0], row[1], row[8]])).toEqual(api.map((item) => [item.rank, item.member.name, item.total]));
    const top = rows[0];
    expect(top.slice(1, 3)).toEqual(['排名甲', '经济界']);
    expect(top.slice(3, 8)).toEqual(api[0].categories.map((category) => category.counted));
    expect(file.disposition).toContain(encodeURIComponent(`全部区划${YEAR}年度委员履职积分排名.xlsx`));
  });

  it('applies the caller’s scope as GraphQL does: a town’s viewer ranks the town’s members only', async () => {
    const viewer = await clientWithScope(t, 'VIEWER', place.town);
    const api = (await viewer.ok(RANKING, { year: YEAR, sector: '农业界' })).dutyRanking;
    const file = await download(viewer, `/exports/duty-ranking.xlsx?year=${YEAR}&sector=${encodeURIComponent('农业界')}`);
    const { rows } = tableOf(file.workbook!.worksheets[0]);
    expect(rows.map((row) => [row[1], row[8]])).toEqual(api.items.map((item) => [item.member.name, item.total]));
    expect(rows.map((row) => row[1])).toEqual(['排名乙']);
  });
});

describe('GET /exports/member-file.xlsx', () => {
  it('prints the member’s year: categories, every point with its record, the brokered match’s figures', async () => {
    const api = (await office.ok(FILE, { memberId: a, year: YEAR })).memberDutyFile;
    const file = await download(office, `/exports/member-file.xlsx?memberId=${a}&year=${YEAR}`);
    expect(file.status).toBe(200);
    const sheet = file.workbook!.worksheets[0];
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1 });
    const rows = rowsOf(sheet);
    expect(rows[0][0]).toBe(`排名甲${YEAR}年度履职档案`);
    const cell = (label: string) => rows.find((row) => row[0] === label || row[4] === label);
    expect(cell('总分')?.[1]).toBe(api.total);

    const section = (title: RegExp) => rows.findIndex((row) => typeof row[0] === 'string' && title.test(row[0]));
    const categories = rows.slice(section(/^类别得分/) + 2, section(/^类别得分/) + 2 + api.categories.length);
    expect(categories.map((row) => [row[0], row[1], row[2], row[4]])).toEqual(
      api.categories.map((category) => [category.name, category.raw, category.cap, category.counted]),
    );
    const start = section(/^积分明细/) + 2;
    const points = rows.slice(start, start + api.points.length);
    expect(points.map((row) => [(row[0] as Date).toISOString().slice(0, 10), row[3], row[4], row[5], row[6]])).toEqual(
      api.points.map((point) => [point.on, point.title, point.quantity, point.pointsEach, point.points]),
    );
    expect(api.points.map((point) => point.title)).toEqual(expect.arrayContaining(['全体会议', '常委会议', '露营产业调研']));
    const match = rows[section(/^牵线对接成效/) + 2];
    expect(match[0]).toBe(api.brokeredMatches[0].title);
    // 农户租金收入 in 万元 (20 of them, 余: a lower bound), then 务工岗位 8200.
    expect(match.slice(3, 4)).toEqual([20]);
    expect(match[6]).toBe(Number(api.brokeredMatches[0].figures.jobsPersonTimes));
  });

  it.each([
    ['a year without saved rules', (m: string) => `memberId=${m}&year=2023`, 400, 'BAD_USER_INPUT', /2023/],
    ['a year that is not a number', (m: string) => `memberId=${m}&year=abc`, 400, 'BAD_USER_INPUT', /整数/],
    ['no year', (m: string) => `memberId=${m}`, 400, 'BAD_USER_INPUT', /年度/],
    ['an unknown member', () => `memberId=999999&year=${YEAR}`, 404, 'NOT_FOUND', /委员/],
    ['an unknown parameter', (m: string) => `memberId=${m}&year=${YEAR}&foo=1`, 400, 'BAD_USER_INPUT', /foo/],
  ])('refuses %s as JSON in Chinese', async (_, query, status, code, message) => {
    const refused = await download(office, `/exports/member-file.xlsx?${query(a)}`);
    expect(refused).toMatchObject({ status, body: { code } });
    expect(refused.body!.message).toMatch(message);
    expect(refused.body!.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('refuses 401 without a token and 403 to a clerk who is neither the office nor the member', async () => {
    expect((await download(null, `/exports/member-file.xlsx?memberId=${a}&year=${YEAR}`)).status).toBe(401);
    const editor = await clientWithScope(t, 'EDITOR', null);
    const refused = await download(editor, `/exports/member-file.xlsx?memberId=${a}&year=${YEAR}`);
    expect(refused).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect(refused.body!.message).toContain('履职档案');
  });

  it('refuses the ranking of a year without saved rules with 400 naming the year', async () => {
    const refused = await download(t.admin, '/exports/duty-ranking.xlsx?year=2023');
    expect(refused).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
    expect(refused.body!.message).toMatch(/2023/);
  });
});

describe('GET /exports/suggestion-board.xlsx', () => {
  it('lists the open items in the board’s order with light, unit, deadline and days; the units; the sentence', async () => {
    const county = world.place.county;
    const api = (await world.office.ok(BOARD, { filter: { divisionId: county } })).suggestionBoard;
    const file = await download(world.office, `/exports/suggestion-board.xlsx?divisionId=${county}`);
    expect(file.status).toBe(200);
    const [items, units, figures] = file.workbook!.worksheets;
    expect([items.name, units.name, figures.name]).toEqual(['督办事项', '单位办理情况', '建言数字']);

    const board = tableOf(items);
    expect(board.header).toEqual(['序号', '督办灯', '建言', '主办单位', '办理期限', '剩余天数', '重点督办']);
    const lights = { RED: '超期', YELLOW: '临近', GREEN: '正常' } as const;
    expect(board.rows.map((row) => [row[1], row[2], row[3], (row[4] as Date).toISOString().slice(0, 10), row[5]])).toEqual(
      api.items.map((item) => [lights[item.light], item.suggestion.title, item.unit?.name, item.suggestion.deadline, item.daysLeft]),
    );
    expect(board.rows.map((row) => row[2])).toEqual(['红灯提案', '黄灯提案', '绿灯提案']);

    const rates = tableOf(units);
    expect(rates.rows.map((row) => [row[0], row[1], row[2], row[4]])).toEqual(
      api.units.map((unit) => [unit.unit.name, unit.open, unit.red, unit.replied]),
    );
    const sentence = (await world.office.ok(FIGURES, { filter: { divisionId: county, year: api.year } })).suggestionFigures;
    expect(rowsOf(figures).flat()).toContain(sentence.summaryText);
  });

  it('refuses a bad year with 400', async () => {
    const refused = await download(world.office, '/exports/suggestion-board.xlsx?year=1800');
    expect(refused).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
  });
});
