import ExcelJS from 'exceljs';

import { approveAllRecords } from '../support/approval.js';
import { sql } from '../support/database.js';
import {
  baseFixture,
  divisionFixture,
  enterpriseFixture,
  matchFixture,
  memberFixture,
  placeFixture,
  teamFixture,
  type PlaceFixture,
} from '../support/fixtures.js';
import type { GraphqlClient } from '../support/graphql-client.js';
import { clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The impact report as a leader downloads it, read back with exceljs, against what GraphQL's
// impactSummary gives the same caller for the same filter.

const SUMMARY = `query ImpactForExport($filter: ImpactFilter, $groupBy: ImpactGrouping) {
  impactSummary(filter: $filter, groupBy: $groupBy) {
    totals { ...figures }
    groups { key label figures { ...figures } }
    groupsOverlap excludedRecords
  }
}
fragment figures on ImpactFigures {
  areaMu outputValueYuan jobsPersonTimes householdRentYuan collectiveIncomeYuan householdsBenefited
  towns villages bases enterprises matches serviceActivities farmersTrained records atLeast unapprovedRecords
}`;
const SENTENCES = `query SentencesForExport($match: ID!, $team: ID!, $includeUnapproved: Boolean) {
  match(id: $match) { summaryText(includeUnapproved: $includeUnapproved) }
  serviceTeam(id: $team) { summaryText(includeUnapproved: $includeUnapproved) }
}`;
const DIVISION = `query ScopeOfExport($id: ID!) { division(id: $id) { id } }`;
const RECORD = `mutation ImpactExportRecord($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`;

type Figures = Record<string, string | number | boolean>;
interface Summary {
  totals: Figures;
  groups: { key: string | null; label: string; figures: Figures }[];
  groupsOverlap: boolean;
  excludedRecords: number;
}

// The heading of each column of the table and the ImpactFigures field it shows; money in 万元.
const COLUMNS: [string, string][] = [
  ['农户租金收入（万元）', 'householdRentYuan'],
  ['村集体经济增收（万元）', 'collectiveIncomeYuan'],
  ['产值（万元）', 'outputValueYuan'],
  ['务工岗位（人次）', 'jobsPersonTimes'],
  ['带动农户（户）', 'householdsBenefited'],
  ['基地面积（亩）', 'areaMu'],
  ['乡镇（个）', 'towns'],
  ['村（个）', 'villages'],
  ['基地（个）', 'bases'],
  ['企业（家）', 'enterprises'],
  ['对接（个）', 'matches'],
  ['服务活动（次）', 'serviceActivities'],
  ['培训农民（人次）', 'farmersTrained'],
  ['成效记录（条）', 'records'],
];

/** An exact decimal ("12345.67") in cents, by text: the test does its own arithmetic. */
function cents(decimal: string): number {
  const [whole, fraction = ''] = decimal.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

/** What a row of the table must hold for these figures: 万元 cells back in cents, the rest as numbers. */
function expectedCells(figures: Figures): Record<string, number> {
  return Object.fromEntries(
    COLUMNS.map(([heading, field]) => [heading, heading.includes('万元') ? cents(String(figures[field])) : Number(figures[field])]),
  );
}

interface ReportFile {
  workbook: ExcelJS.Workbook;
  /** The first cell of each row of the first sheet (row n at index n − 1). */
  lines: string[];
  /** The table: one entry per row after the header, label and cells by heading (万元 in cents). */
  table: { label: string; cells: Record<string, number>; formats: Record<string, string> }[];
  groupHeading: string;
}

async function readReport(bytes: ArrayBuffer): Promise<ReportFile> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.worksheets[0];
  const lines = Array.from({ length: sheet.rowCount }, (_, index) => String(sheet.getRow(index + 1).getCell(1).value ?? ''));
  const headerRow = lines.findIndex((_, index) => sheet.getRow(index + 1).getCell(2).value === COLUMNS[0][0]) + 1;
  expect(headerRow).toBeGreaterThan(0);
  const headings = (sheet.getRow(headerRow).values as unknown[]).slice(2) as string[];
  expect(headings).toEqual(COLUMNS.map(([heading]) => heading));
  const table = [];
  for (let number = headerRow + 1; number <= sheet.rowCount; number += 1) {
    const row = sheet.getRow(number);
    const cells: Record<string, number> = {};
    const formats: Record<string, string> = {};
    headings.forEach((heading, index) => {
      const value = row.getCell(index + 2).value as number;
      cells[heading] = heading.includes('万元') ? Math.round(value * 1_000_000) : value;
      formats[heading] = row.getCell(index + 2).numFmt;
    });
    table.push({ label: String(row.getCell(1).value), cells, formats });
  }
  return { workbook, lines, table, groupHeading: String(sheet.getRow(headerRow).getCell(1).value) };
}

describe('GET /exports/impact.xlsx', () => {
  let t: TestApp;
  let place: PlaceFixture;
  let countyName: string;
  let otherTown: string;
  let match: string;
  let team: string;
  let enterprise: string;
  let base: string;

  const download = (query: string, token?: string) =>
    fetch(`${t.url}/exports/impact.xlsx${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  async function report(query: string, token: string | undefined = t.admin.token): Promise<ReportFile> {
    const response = await download(query, token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return readReport(await response.arrayBuffer());
  }

  async function summary(client: GraphqlClient, filter: object, groupBy?: string): Promise<Summary> {
    return (await client.ok<{ impactSummary: Summary }>(SUMMARY, { filter, groupBy })).impactSummary;
  }

  /** The table of the file is the GraphQL report: its groups in its order, then 合计 = its totals. */
  function expectSameFigures(file: ReportFile, expected: Summary): void {
    expect(file.table.map((row) => row.label)).toEqual([...expected.groups.map((group) => group.label), '合计']);
    expected.groups.forEach((group, index) => expect(file.table[index].cells).toEqual(expectedCells(group.figures)));
    expect(file.table.at(-1)!.cells).toEqual(expectedCells(expected.totals));
  }

  beforeAll(async () => {
    t = await startTestApp();
    place = await placeFixture(t);
    [{ name: countyName }] = await sql<{ name: string }>(t, 'SELECT name FROM division WHERE id = $1', [place.county]);
    otherTown = await divisionFixture(t, 'TOWN', place.county, '另一镇');
    const otherVillage = await divisionFixture(t, 'VILLAGE', otherTown, '另一村');
    enterprise = await enterpriseFixture(t, '葡萄企业');
    const member = await memberFixture(t, '牵线委员');
    base = await baseFixture(t, place.village);
    const otherBase = await baseFixture(t, otherVillage);
    match = await matchFixture(t, { enterpriseId: enterprise, villageId: place.village, baseId: base, brokerIds: [member] });
    team = await teamFixture(t, member);

    const record = (input: object) => t.admin.ok(RECORD, { input });
    // 共耕社's figures, lower bounds, in a village of the first town.
    await record({
      period: '2024Q3',
      baseId: base,
      matchId: match,
      householdRentYuan: '200000',
      jobsPersonTimes: '8200',
      collectiveIncomeYuan: '100000',
      areaMu: '120.5',
      atLeast: true,
    });
    // The team's figures, known only for the whole county: the "not broken down" group by town.
    await record({ period: '2024', divisionId: place.county, teamId: team, areaMu: '11897', outputValueYuan: '24259000' });
    await record({ period: '2024-08', baseId: otherBase, outputValueYuan: '12345.67', householdsBenefited: '35' });
    await approveAllRecords(t);
    // A draft: counted only with includeUnapproved.
    await record({ period: '2024-09', baseId: base, jobsPersonTimes: '100' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('by town: title, the filter in words, 数据截至, the groups and the totals exactly as impactSummary gives them', async () => {
    const before = Date.now();
    const file = await report(`?divisionId=${place.county}&from=2024&to=2024&groupBy=TOWN`);
    const expected = await summary(t.admin, { divisionId: place.county, from: '2024', to: '2024' }, 'TOWN');

    expect(file.lines[0]).toBe(`${countyName}引企下乡成效报告`);
    expect(file.lines.slice(1, 5)).toEqual([`区划：${countyName}`, '期间：2024年', '分组：按乡镇', '统计口径：仅统计已审核的记录']);
    const asOf = /^数据截至：(\d{4})年(\d{1,2})月(\d{1,2})日 (\d{2}):(\d{2})（北京时间）$/.exec(file.lines[5]);
    expect(asOf).not.toBeNull();
    // Shanghai wall time is UTC+8 all year: back to UTC, within the minute of the request.
    const [, year, month, day, hour, minute] = asOf!.map(Number);
    const stated = Date.UTC(year, month - 1, day, hour - 8, minute);
    expect(stated).toBeGreaterThan(before - 61_000);
    expect(stated).toBeLessThanOrEqual(Date.now());

    expect(file.groupHeading).toBe('乡镇');
    expectSameFigures(file, expected);
    expect(expected.groups.map((group) => group.label)).toContain('未分解到乡镇');
    const notBrokenDown = file.table.find((row) => row.label === '未分解到乡镇')!;
    expect(notBrokenDown.cells['产值（万元）']).toBe(2_425_900_000);
    expect(notBrokenDown.cells['基地面积（亩）']).toBe(11897);
    expect(file.table.at(-1)!.cells['农户租金收入（万元）']).toBe(20_000_000);
    expect(file.lines.join('\n')).not.toContain('注意：本报告含未经审核的记录');
  });

  it('marks lower bounds with 余 and shows 万元 with two decimals', async () => {
    const file = await report(`?divisionId=${place.county}&groupBy=TOWN`);
    const totals = file.table.at(-1)!;
    expect(totals.formats['农户租金收入（万元）']).toBe('#,##0.00"余"');
    expect(totals.formats['务工岗位（人次）']).toBe('#,##0"余"');
    expect(totals.formats['村（个）']).toBe('#,##0');
    const otherTownRow = file.table.find((row) => row.label.startsWith('另一镇'))!;
    expect(otherTownRow.formats['产值（万元）']).toBe('#,##0.00');
    expect(otherTownRow.cells['产值（万元）']).toBe(1_234_567);
    expect(file.lines).toContainEqual(expect.stringContaining('标“余”的数字为下限'));
  });

  it('a quarter and an open range in words; without a division, everything the caller sees', async () => {
    const quarter = await report(`?divisionId=${place.county}&from=2024Q3&to=2024Q3`);
    expect(quarter.lines[2]).toBe('期间：2024年第三季度');
    expect(quarter.lines[3]).toBe('分组：不分组（仅合计）');
    expectSameFigures(quarter, await summary(t.admin, { divisionId: place.county, from: '2024Q3', to: '2024Q3' }));

    const everything = await report('?groupBy=QUARTER');
    expect(everything.lines.slice(0, 3)).toEqual(['引企下乡成效报告', '区划：全部区划', '期间：全部期间']);
    expect(everything.groupHeading).toBe('季度');
    expectSameFigures(everything, await summary(t.admin, {}, 'QUARTER'));
  });

  it('with includeUnapproved: the draft counted, and a warning row in red', async () => {
    const file = await report(`?divisionId=${place.county}&groupBy=VILLAGE&includeUnapproved=true`);
    const expected = await summary(t.admin, { divisionId: place.county, includeUnapproved: true }, 'VILLAGE');
    expectSameFigures(file, expected);
    expect(expected.totals.jobsPersonTimes).toBe('8300');
    expect(expected.totals.unapprovedRecords).toBe(1);
    expect(file.lines).toContain('统计口径：含未审核的记录（草稿、待审核、已退回）');
    const warning = file.lines.findIndex((line) => line.startsWith('注意：本报告含未经审核的记录（其中未审核 1 条）')) + 1;
    expect(warning).toBeGreaterThan(0);
    expect(file.workbook.worksheets[0].getRow(warning).getCell(1).font).toMatchObject({ bold: true, color: { argb: 'FFC00000' } });

    const approvedOnly = await report(`?divisionId=${place.county}&groupBy=VILLAGE`);
    expect(approvedOnly.table.at(-1)!.cells['务工岗位（人次）']).toBe(8200);
    expect(approvedOnly.lines).toContain('另有 1 条记录尚未审核，未计入。');
  });

  it('the second sheet: the sentences GraphQL gives for the match and the team', async () => {
    for (const includeUnapproved of [false, true]) {
      const file = await report(`?divisionId=${place.county}&includeUnapproved=${includeUnapproved}`);
      const sheet = file.workbook.worksheets[1];
      expect(sheet.name).toBe('成效表述');
      const rows = Array.from({ length: sheet.rowCount }, (_, index) => (sheet.getRow(index + 1).values as unknown[]).slice(1));
      const data = await t.admin.ok<{ match: { summaryText: string }; serviceTeam: { summaryText: string } }>(SENTENCES, {
        match,
        team,
        includeUnapproved,
      });
      expect(data.match.summaryText).toContain('20余万元');
      expect(data.serviceTeam.summaryText).toContain('2425.9万元');
      expect(rows).toContainEqual([expect.any(Number), '引企下乡对接', data.match.summaryText]);
      expect(rows).toContainEqual([expect.any(Number), '农业科技服务团', data.serviceTeam.summaryText]);
    }
  });

  it("by enterprise: its name among the filter's words, its figures, only its matches' sentences", async () => {
    const [{ name }] = await sql<{ name: string }>(t, 'SELECT name FROM enterprise WHERE id = $1', [enterprise]);
    const file = await report(`?enterpriseId=${enterprise}&groupBy=BASE`);
    expect(file.lines.slice(1, 3)).toEqual(['区划：全部区划', `企业：${name}`]);
    const expected = await summary(t.admin, { enterpriseId: enterprise }, 'BASE');
    expectSameFigures(file, expected);
    expect(file.table.at(-1)!.cells['农户租金收入（万元）']).toBe(20_000_000);
    expect(file.table.at(-1)!.cells['产值（万元）']).toBe(0);
    const sentences = file.workbook.worksheets[1];
    const kinds = Array.from({ length: sentences.rowCount }, (_, index) => sentences.getRow(index + 1).getCell(2).value);
    expect(kinds.filter((kind) => kind === '引企下乡对接')).toHaveLength(1);
    expect(kinds).not.toContain('农业科技服务团');
  });

  it('a town clerk: their town by default; another town refused as GraphQL hides it, like an id that does not exist', async () => {
    const clerk = await clientWithScope(t, 'EDITOR', otherTown);
    const own = await report('', clerk.token);
    expect(own.lines[0]).toMatch(/^.+另一镇.*引企下乡成效报告$/);
    expectSameFigures(own, await summary(clerk, {}));
    expect(own.table.at(-1)!.cells['产值（万元）']).toBe(1_234_567);

    expect((await clerk.ok<{ division: unknown }>(DIVISION, { id: place.town })).division).toBeNull();
    const outside = await download(`?divisionId=${place.town}&groupBy=VILLAGE`, clerk.token);
    expect(outside.status).toBe(404);
    const refusal = (await outside.json()) as { code: string; message: string };
    expect(refusal.code).toBe('NOT_FOUND');
    expect(refusal.message).toContain('divisionId');
    const baseOutside = await download(`?baseId=${base}`, clerk.token);
    expect(baseOutside.status).toBe(404);
    expect(((await baseOutside.json()) as { message: string }).message).toContain('baseId');
    const missing = await download('?divisionId=999999999', clerk.token);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { message: string }).message).toBe(refusal.message.replace(place.town, '999999999'));
  });

  it('refuses includeUnapproved to a viewer with 403, as impactSummary does', async () => {
    const viewer = await t.clientWithRole('VIEWER');
    const response = await download('?includeUnapproved=true', viewer.token);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await viewer.fails(SUMMARY, { filter: { includeUnapproved: true } })).extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['?groupBy=COUNTY', 'groupBy'],
    ['?from=abc', '开始期间'],
    ['?from=2025&to=2024', '参数 to'],
    ['?divisionId=x1', 'divisionId'],
    ['?includeUnapproved=yes', 'includeUnapproved'],
    ['?town=1', 'town'],
  ])('refuses the bad parameter %s with 400 BAD_USER_INPUT in Chinese', async (query, mentioned) => {
    const response = await download(query, t.admin.token);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { code: string; message: string };
    expect(body.code).toBe('BAD_USER_INPUT');
    expect(body.message).toContain(mentioned);
    expect(body.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses a caller without a token with 401, and leaves the kinds to the list exports', async () => {
    expect((await download('')).status).toBe(401);
    const bases = await fetch(`${t.url}/exports/bases.xlsx`, { headers: { authorization: `Bearer ${t.admin.token}` } });
    expect(bases.status).toBe(200);
    expect(bases.headers.get('content-disposition')).toContain('bases.xlsx');
    await bases.arrayBuffer();
    const csv = await fetch(`${t.url}/exports/impact.csv`, { headers: { authorization: `Bearer ${t.admin.token}` } });
    expect(csv.status).toBe(404);
  });

  it('names the download after the report, with an ASCII fallback', async () => {
    const response = await download(`?divisionId=${place.county}`, t.admin.token);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="impact.xlsx"; filename*=UTF-8''${encodeURIComponent(`${countyName}引企下乡成效报告.xlsx`)}`,
    );
    await response.arrayBuffer();
  });
});
