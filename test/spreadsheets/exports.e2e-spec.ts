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
import { csvRows, xlsxRows, type Cells } from './export-reading.js';

// Exports as a clerk downloads them, read back with exceljs and a CSV reader, against what the
// GraphQL API lists for the same filter and caller.

const BASE_HEADERS = ['县', '乡镇', '村', '基地名称', '面积（亩）', '产业', '经营模式', '经营主体'];
const OUTCOME_HEADERS = ['期间', '县', '乡镇', '村', '基地', '对接企业', '服务团', '面积（亩）', '产值（元）', '务工（人次）'];

const BASES = `query ExportBases($filter: BaseFilter) {
  bases(filter: $filter, take: 100) { items { name areaMu industry operatingModel village { id } operator { name creditCode } } }
}`;
const OUTCOMES = `query ExportOutcomes($filter: ImpactFilter) {
  outcomeRecords(filter: $filter, take: 100) {
    items { period areaMu outputValueYuan jobsPersonTimes householdRentYuan collectiveIncomeYuan householdsBenefited atLeast source
      base { name village { id } } division { id } match { enterprise { name creditCode } } team { name } }
  }
}`;
const ENTERPRISES = `query ExportEnterprises($search: String) {
  enterprises(search: $search, take: 100) { items { name creditCode industry } }
}`;
const MEMBERS = `query ExportMembers($search: String) {
  members(search: $search, take: 100) { items { name sector title enterprises { name creditCode } } }
}`;
const MATCHES = `query ExportMatches($filter: MatchFilter) {
  matches(filter: $filter, take: 100) {
    items { village { id } base { name } enterprise { name creditCode } brokers { name } status signedOn investmentYuan }
  }
}`;
const STATUS_LABELS: Record<string, string> = { INTENT: '意向', SIGNED: '已签约', OPERATING: '运营中', SUSPENDED: '暂停', ENDED: '已终止' };
const ACTIVITIES = `query ExportActivities($filter: ServiceActivityFilter) {
  serviceActivities(filter: $filter, take: 100) { items { team { name } base { name village { id } } date topic farmersTrained areaCoveredMu } }
}`;
const DIVISIONS = `query ExportDivisions($parentId: ID) {
  divisions(parentId: $parentId, take: 100) { items { name level code parent { name code } } }
}`;
const LEVEL_LABELS: Record<string, string> = { PROVINCE: '省', CITY: '市', COUNTY: '县', TOWN: '乡镇', VILLAGE: '村' };
const RECORD = `mutation ExportRecord($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`;

type Named = { name: string; creditCode?: string | null } | null;
const figure = (value: string | null) => (value === null ? null : Number(value));
const key = (enterprise: Named) => (enterprise ? (enterprise.creditCode ?? enterprise.name) : null);

describe('GET /exports/{kind}.xlsx and .csv', () => {
  let t: TestApp;
  let place: PlaceFixture;
  let otherTown: string;
  let otherTownName: string;
  // 县, 乡镇, 村 names of each division id the rows sit in.
  const places = new Map<string, Cells>();

  const download = (name: string, token?: string) =>
    fetch(`${t.url}/exports/${name}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  async function exported(name: string, width: number, token = t.admin.token): Promise<Cells[]> {
    const response = await download(name, token);
    expect(response.status).toBe(200);
    return xlsxRows(await response.arrayBuffer(), width);
  }

  async function nameOf(id: string): Promise<string> {
    const [row] = await sql<{ name: string }>(t, 'SELECT name FROM division WHERE id = $1', [id]);
    return row.name;
  }

  async function expectedBases(client: GraphqlClient, filter: object): Promise<Cells[]> {
    const data = await client.ok<{ bases: { items: any[] } }>(BASES, { filter });
    return data.bases.items.map((base) => [
      ...places.get(base.village.id)!,
      base.name,
      figure(base.areaMu),
      base.industry,
      base.operatingModel,
      key(base.operator),
    ]);
  }

  async function expectedOutcomes(client: GraphqlClient, filter: object): Promise<Cells[]> {
    const data = await client.ok<{ outcomeRecords: { items: any[] } }>(OUTCOMES, { filter });
    return data.outcomeRecords.items.map((record) => [
      record.period,
      ...places.get(record.base?.village.id ?? record.division.id)!,
      record.base?.name ?? null,
      key(record.match?.enterprise ?? null),
      record.team?.name ?? null,
      ...[record.areaMu, record.outputValueYuan, record.jobsPersonTimes, record.householdRentYuan].map(figure),
      ...[record.collectiveIncomeYuan, record.householdsBenefited].map(figure),
      record.atLeast ? '是' : '否',
      record.source,
    ]);
  }

  beforeAll(async () => {
    t = await startTestApp();
    place = await placeFixture(t);
    otherTown = await divisionFixture(t, 'TOWN', place.county, '另一镇');
    const otherVillage = await divisionFixture(t, 'VILLAGE', otherTown, '另一村');
    const [county, town, village, otherName, otherVillageName] = await Promise.all(
      [place.county, place.town, place.village, otherTown, otherVillage].map(nameOf),
    );
    places.set(place.village, [county, town, village]);
    places.set(place.town, [county, town, null]);
    otherTownName = otherName;
    places.set(otherVillage, [county, otherTownName, otherVillageName]);

    await sql(t, `UPDATE division SET code = '459999000000' WHERE id = $1`, [place.county]);
    const operator = await enterpriseFixture(t, '合作社');
    // A credit code with a leading digit run, which must stay text in the xlsx.
    await sql(t, `UPDATE enterprise SET credit_code = $1, industry = $2 WHERE id = $3`, ['91451224MA5KT3WC39', '葡萄种植', operator]);
    const base = await baseFixture(t, place.village, { operatorId: operator, areaMu: '120.50' });
    // A comma, a quote and a line break, for the CSV quoting.
    await sql(t, `UPDATE base SET industry = $1, operating_model = $2 WHERE id = $3`, ['葡萄,"阳光玫瑰"', '支部+基地\n+农户', base]);
    const otherBase = await baseFixture(t, otherVillage);
    const member = await memberFixture(t, '出口委员');
    const nameOnly = await enterpriseFixture(t, '无代码企业');
    await sql(t, `UPDATE member SET sector = '经济界' WHERE id = $1`, [member]);
    for (const enterprise of [operator, nameOnly]) {
      await sql(t, `INSERT INTO member_enterprise (member_id, enterprise_id) VALUES ($1, $2)`, [member, enterprise]);
    }
    const match = await matchFixture(t, {
      enterpriseId: operator,
      villageId: place.village,
      baseId: base,
      brokerIds: [member],
      status: 'SIGNED',
    });
    await sql(t, `UPDATE match SET signed_on = '2024-03-15', investment_yuan = 500000.25 WHERE id = $1`, [match]);
    await matchFixture(t, { enterpriseId: nameOnly, villageId: otherVillage });
    const team = await teamFixture(t, member);
    await sql(
      t,
      `INSERT INTO service_activity (team_id, base_id, date, topic, farmers_trained, area_covered_mu)
       VALUES ($1, $2, '2024-05-01', '葡萄修剪', 30, 12.5), ($1, $3, '2025-01-10', '冬季管护', 0, NULL)`,
      [team, base, otherBase],
    );

    const record = (input: object) => t.admin.ok(RECORD, { input });
    await record({ period: '2024', baseId: base, areaMu: '120', outputValueYuan: '500000.5', atLeast: true, source: '台账' });
    await record({ period: '2025Q1', divisionId: place.town, collectiveIncomeYuan: '100000' });
    await approveAllRecords(t);
    await record({ period: '2024-07', baseId: otherBase, jobsPersonTimes: '8200' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('bases.xlsx: the template headers, then the rows the API lists for the same filter', async () => {
    const rows = await exported(`bases.xlsx?divisionId=${place.county}`, BASE_HEADERS.length);
    expect(rows[0]).toEqual(BASE_HEADERS);
    const expected = await expectedBases(t.admin, { divisionId: place.county });
    expect(expected).toHaveLength(2);
    expect(rows.slice(1)).toEqual(expected);
    expect(rows.slice(1)).toContainEqual(expect.arrayContaining([120.5, '葡萄,"阳光玫瑰"']));
  });

  it('bases.xlsx: the header row bold and frozen, names in text cells; enterprises: credit codes in text cells', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await download('bases.xlsx', t.admin.token)).arrayBuffer());
    const sheet = workbook.getWorksheet('基地')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell(1, 1).font).toMatchObject({ bold: true });
    expect(sheet.getCell(2, 4).numFmt).toBe('@');
    expect(sheet.getColumn(4).width).toBeGreaterThanOrEqual(10);
    const registry = new ExcelJS.Workbook();
    await registry.xlsx.load(await (await download('enterprises.xlsx?search=合作社', t.admin.token)).arrayBuffer());
    expect(registry.getWorksheet('企业')!.getCell(2, 2).numFmt).toBe('@');
  });

  it('outcomes.xlsx: the template headers, every record an editor may read with includeUnapproved', async () => {
    const filter = { divisionId: place.county, from: '2024', to: '2025', includeUnapproved: true };
    const rows = await exported(`outcomes.xlsx?divisionId=${place.county}&from=2024&to=2025&includeUnapproved=true`, 15);
    expect(rows[0].slice(0, OUTCOME_HEADERS.length)).toEqual(OUTCOME_HEADERS);
    expect(rows[0].slice(-2)).toEqual(['是否下限', '来源']);
    const expected = await expectedOutcomes(t.admin, filter);
    expect(expected.map((row) => row[0]).sort()).toEqual(['2024', '2024-07', '2025Q1']);
    expect(rows.slice(1)).toEqual(expected);
  });

  it('outcomes: a list longer than a page comes whole and in order, ties of one period across page ends included', async () => {
    // 1,100 bases, each with a record for 1990-06 and one for 1990: 2,200 rows, the export reads
    // them 1000 at a time, and every page end falls inside a run of one period start.
    await sql(t, `INSERT INTO base (name, village_id) SELECT '分页基地' || lpad(n::text, 4, '0'), $1 FROM generate_series(1, 1100) AS n`, [
      place.village,
    ]);
    await sql(
      t,
      `INSERT INTO outcome_record (period, base_id, area_mu)
       SELECT p.period, b.id, 1 FROM base b CROSS JOIN (VALUES ('1990-06'), ('1990')) AS p (period)
        WHERE b.name LIKE '分页基地%'`,
    );
    // The other tests compare exports with a single API page: these rows go when this test ends.
    const rows = await exported('outcomes.xlsx?from=1990&to=1990&includeUnapproved=true', 15).finally(async () => {
      await sql(t, `DELETE FROM outcome_record WHERE base_id IN (SELECT id FROM base WHERE name LIKE '分页基地%')`);
      await sql(t, `DELETE FROM base WHERE name LIKE '分页基地%'`);
    });
    const bases = Array.from({ length: 1100 }, (_, i) => `分页基地${String(i + 1).padStart(4, '0')}`);
    // Latest period first; within a period by id, i.e. the order the bases were inserted in.
    expect(rows.slice(1).map((row) => `${row[0]} ${row[4]}`)).toEqual([
      ...bases.map((name) => `1990-06 ${name}`),
      ...bases.map((name) => `1990 ${name}`),
    ]);
  });

  it('outcomes: a viewer gets approved records only, as outcomeRecords gives them', async () => {
    const viewer = await t.clientWithRole('VIEWER');
    const rows = await exported('outcomes.xlsx?includeUnapproved=true', 15, viewer.token);
    const expected = await expectedOutcomes(viewer, { includeUnapproved: true });
    expect(rows.slice(1)).toEqual(expected);
    expect(rows.map((row) => row[0])).not.toContain('2024-07');
    expect(rows.map((row) => row[0])).toEqual(expect.arrayContaining(['2024', '2025Q1']));
  });

  it('enterprises.xlsx: the registry as the API lists it for the same search, credit codes in text cells', async () => {
    const rows = await exported('enterprises.xlsx?search=合作社', 3);
    expect(rows[0]).toEqual(['企业名称', '统一社会信用代码', '行业']);
    const data = await t.admin.ok<{ enterprises: { items: any[] } }>(ENTERPRISES, { search: '合作社' });
    const expected = data.enterprises.items.map((enterprise) => [enterprise.name, enterprise.creditCode, enterprise.industry]);
    expect(expected).toContainEqual([expect.any(String), '91451224MA5KT3WC39', '葡萄种植']);
    expect(rows.slice(1)).toEqual(expected);
  });

  it('members.xlsx: as the API lists them, 所属企业 by credit code or name joined by 、', async () => {
    const rows = await exported('members.xlsx?search=出口委员', 4);
    expect(rows[0]).toEqual(['姓名', '界别', '职务', '所属企业']);
    const data = await t.admin.ok<{ members: { items: any[] } }>(MEMBERS, { search: '出口委员' });
    const expected = data.members.items.map((member) => [
      member.name,
      member.sector,
      member.title,
      member.enterprises.length > 0 ? member.enterprises.map(key).join('、') : null,
    ]);
    expect(expected).toHaveLength(1);
    expect(expected[0][3]).toMatch(/^91451224MA5KT3WC39、无代码企业/);
    expect(rows.slice(1)).toEqual(expected);
  });

  it('matches.xlsx: as the API lists them, 状态 in Chinese, 签约日期 a date cell', async () => {
    const rows = await exported(`matches.xlsx?divisionId=${place.county}`, 9);
    expect(rows[0]).toEqual(['县', '乡镇', '村', '基地', '对接企业', '牵线委员', '状态', '签约日期', '协议投资（元）']);
    const data = await t.admin.ok<{ matches: { items: any[] } }>(MATCHES, { filter: { divisionId: place.county } });
    const expected = data.matches.items.map((match) => [
      ...places.get(match.village.id)!,
      match.base?.name ?? null,
      key(match.enterprise),
      match.brokers.length > 0 ? match.brokers.map((member: { name: string }) => member.name).join('、') : null,
      STATUS_LABELS[match.status],
      match.signedOn === null ? null : new Date(`${match.signedOn}T00:00:00Z`),
      figure(match.investmentYuan),
    ]);
    expect(expected).toContainEqual(expect.arrayContaining(['已签约', new Date('2024-03-15T00:00:00Z'), 500000.25]));
    expect(expected).toHaveLength(2);
    expect(rows.slice(1)).toEqual(expected);
  });

  it('service-activities.xlsx: as the API lists them for the same dates, 日期 a date cell', async () => {
    const rows = await exported(`service-activities.xlsx?divisionId=${place.county}&from=2024-01-01&to=2024-12-31`, 9);
    expect(rows[0]).toEqual(['服务团', '县', '乡镇', '村', '基地', '服务日期', '服务主题', '培训农民（人）', '覆盖面积（亩）']);
    const filter = { divisionId: place.county, from: '2024-01-01', to: '2024-12-31' };
    const data = await t.admin.ok<{ serviceActivities: { items: any[] } }>(ACTIVITIES, { filter });
    const expected = data.serviceActivities.items.map((activity) => [
      activity.team.name,
      ...places.get(activity.base.village.id)!,
      activity.base.name,
      new Date(`${activity.date}T00:00:00Z`),
      activity.topic,
      activity.farmersTrained,
      figure(activity.areaCoveredMu),
    ]);
    expect(expected).toEqual([expect.arrayContaining(['葡萄修剪', 30, 12.5])]);
    expect(rows.slice(1)).toEqual(expected);
  });

  it('divisions.xlsx: an administrator gets the children the API lists, 上级区划 by its code, 级别 in Chinese', async () => {
    const rows = await exported(`divisions.xlsx?parentId=${place.county}`, 4);
    expect(rows[0]).toEqual(['上级区划', '区划名称', '级别', '区划代码']);
    const data = await t.admin.ok<{ divisions: { items: any[] } }>(DIVISIONS, { parentId: place.county });
    const expected = data.divisions.items.map((division) => [
      division.parent.code ?? division.parent.name,
      division.name,
      LEVEL_LABELS[division.level],
      division.code,
    ]);
    expect(expected).toHaveLength(2);
    expect(expected[0].slice(0, 1)).toEqual(['459999000000']);
    expect(rows.slice(1)).toEqual(expected);
  });

  it('refuses the divisions export to an editor with 403 JSON', async () => {
    const editor = await t.clientWithRole('EDITOR');
    const response = await download('divisions.csv', editor.token);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ code: 'FORBIDDEN', message: '只有管理员可以导出行政区划' });
  });

  it('a caller limited to one town gets only that town’s rows', async () => {
    const clerk = await clientWithScope(t, 'EDITOR', otherTown);
    const bases = await exported('bases.xlsx', BASE_HEADERS.length, clerk.token);
    expect(bases.slice(1)).toEqual(await expectedBases(clerk, {}));
    expect(bases.slice(1).map((row) => row[1])).toEqual([otherTownName]);
    const outcomes = await exported('outcomes.xlsx?includeUnapproved=true', 15, clerk.token);
    expect(outcomes.slice(1).map((row) => row[0])).toEqual(['2024-07']);
  });

  it.each(['bases', 'outcomes', 'enterprises', 'members', 'matches', 'service-activities'])(
    '%s.csv: BOM, CRLF, and the same cells as the xlsx',
    async (kind) => {
      const filter = ['enterprises', 'members', 'divisions'].includes(kind) ? '' : `?divisionId=${place.county}`;
      const response = await download(`${kind}.csv${filter}`, t.admin.token);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const width = {
        bases: BASE_HEADERS.length,
        outcomes: 15,
        enterprises: 3,
        members: 5,
        matches: 9,
        'service-activities': 9,
        divisions: 4,
      }[kind]!;
      const xlsx = await exported(`${kind}.xlsx${filter}`, width);
      const asText = xlsx.map((row) =>
        row.map((cell) => (cell === null ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell))),
      );
      expect(csvRows(bytes.toString('utf8').slice(1))).toEqual(asText);
    },
  );

  it('names the download in Chinese, with an ASCII fallback', async () => {
    const response = await download('outcomes.csv', t.admin.token);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="outcomes.csv"; filename*=UTF-8''${encodeURIComponent('成效记录导出.csv')}`,
    );
    await response.arrayBuffer();
  });

  it('refuses a caller without a token with 401', async () => {
    const response = await download('bases.xlsx');
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it.each(['farms.xlsx', 'bases.xls', 'bases', 'divisions.pdf'])('answers an unknown export %s with 404 JSON', async (name) => {
    const response = await download(name, t.admin.token);
    expect(response.status).toBe(404);
    const body = (await response.json()) as { code: string; message: string };
    expect(body.code).toBe('NOT_FOUND');
    expect(body.message).toContain('bases.csv');
  });

  it.each([
    ['outcomes.xlsx?from=abc', '开始期间'],
    ['outcomes.csv?includeUnapproved=yes', 'includeUnapproved'],
    ['bases.csv?divisionId=x1', '区划'],
    ['bases.xlsx?town=1', 'town'],
    ['enterprises.csv?divisionId=1', 'divisionId'],
    ['service-activities.xlsx?from=2024-02-30', 'from'],
    ['divisions.xlsx?level=HAMLET', '区划级别不正确'],
  ])('refuses the bad filter %s with 400 BAD_USER_INPUT in Chinese', async (name, mentioned) => {
    const response = await download(name, t.admin.token);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { code: string; message: string };
    expect(body.code).toBe('BAD_USER_INPUT');
    expect(body.message).toContain(mentioned);
    expect(body.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
