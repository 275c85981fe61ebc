import ExcelJS from 'exceljs';

import {
  CATALOGUE,
  INSTRUCTIONS_HEADERS,
  isUntouchedExample,
  matchHeaderRow,
  parseCell,
  SPREADSHEET_KINDS,
  type SpreadsheetKind,
} from '@rural/spreadsheets';

import { clientWithKey } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The templates as a clerk gets them: fetched over HTTP with the same bearer token as /graphql,
// then opened with exceljs as Excel would open them.

describe('GET /templates/{kind}.xlsx', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  const fetchTemplate = (name: string, token?: string) =>
    fetch(`${t.url}/templates/${name}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  async function workbookOf(kind: SpreadsheetKind, token = t.admin.token): Promise<ExcelJS.Workbook> {
    const response = await fetchTemplate(`${kind}.xlsx`, token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    return workbook;
  }

  const rowValues = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

  it.each(SPREADSHEET_KINDS)('%s: a data sheet with the headers, frozen, and a 填写说明 sheet listing every column', async (kind) => {
    const spec = CATALOGUE[kind];
    const workbook = await workbookOf(kind);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([spec.title, '填写说明']);

    const data = workbook.getWorksheet(spec.title)!;
    const headers = spec.columns.map((column) =>
      column.value.type === 'decimal' ? `${column.header}（${column.value.units[0].label}）` : column.header,
    );
    expect(rowValues(data, 1)).toEqual(headers);
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data.getColumn(1).width).toBeGreaterThanOrEqual(10);

    // The example row: grey italics, its note says the importer skips it while untouched.
    const example = data.getCell(2, 1);
    expect(example.font).toMatchObject({ italic: true, color: { argb: 'FF808080' } });
    expect(String(example.note)).toContain('原样保留时导入会跳过');

    // What the importer will do with the file as it comes: find the header, skip the untouched
    // example, and accept every example value.
    const rows = [rowValues(data, 1), rowValues(data, 2)];
    const header = matchHeaderRow(rows, spec.columns);
    expect({ headerRow: header.headerRow, problems: header.problems }).toEqual({ headerRow: 1, problems: [] });
    expect(isUntouchedExample(header.columns, rows[1])).toBe(true);
    const refused = header.columns.filter(({ column, index, unit }) => !parseCell(column, rows[1][index], unit).ok);
    expect(refused.map(({ column }) => column.header)).toEqual([]);

    const instructions = workbook.getWorksheet('填写说明')!;
    expect(rowValues(instructions, 1)).toEqual(INSTRUCTIONS_HEADERS);
    spec.columns.forEach((column, index) => {
      const [header, required, note] = rowValues(instructions, index + 2);
      expect({ header, required, note }).toEqual({
        header: headers[index],
        required: column.required ? '必填' : '选填',
        note: column.note,
      });
    });
    const texts = instructions.getColumn(1).values.map(String).join('\n');
    expect(texts).toContain('第 2 行为示例');
  });

  it("bases: the API's columns, 面积 may be 公顷, codes nowhere as ids", async () => {
    const workbook = await workbookOf('bases');
    expect(rowValues(workbook.getWorksheet('基地')!, 1)).toEqual([
      '县',
      '乡镇',
      '村',
      '基地名称',
      '面积（亩）',
      '产业',
      '经营模式',
      '经营主体',
    ]);
    const instructions = workbook.getWorksheet('填写说明')!;
    expect(rowValues(instructions, 6)).toEqual(expect.arrayContaining(['面积（亩）', '选填', '亩 或 公顷']));
  });

  it('outcomes: drop-down 是/否 for 是否下限, periods typed as text so Excel keeps 2024-07', async () => {
    const sheet = (await workbookOf('outcomes')).getWorksheet('成效记录')!;
    const headers = rowValues(sheet, 1) as string[];
    expect(headers).toEqual([
      '期间',
      '县',
      '乡镇',
      '村',
      '基地',
      '对接企业',
      '服务团',
      '面积（亩）',
      '产值（元）',
      '务工（人次）',
      '农户租金（元）',
      '村集体增收（元）',
      '带动农户（户）',
      '是否下限',
      '来源',
    ]);
    const atLeast = headers.indexOf('是否下限') + 1;
    for (const row of [2, 3, 500]) {
      expect(sheet.getCell(row, atLeast).dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'], showErrorMessage: true });
      expect(sheet.getCell(row, 1).numFmt).toBe('@');
    }
    // Figures are numbers: no list, no text format.
    expect(sheet.getCell(3, headers.indexOf('产值（元）') + 1).dataValidation).toBeUndefined();
  });

  it('matches: 状态 offers its Chinese labels, 签约日期 is a date column', async () => {
    const sheet = (await workbookOf('matches')).getWorksheet('引企下乡对接')!;
    const headers = rowValues(sheet, 1) as string[];
    expect(sheet.getCell(3, headers.indexOf('状态') + 1).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"意向,已签约,运营中,暂停,已终止"'],
    });
    expect(sheet.getCell(3, headers.indexOf('签约日期') + 1).numFmt).toBe('yyyy-mm-dd');
  });

  it.each([
    ['enterprises', '企业', '统一社会信用代码'],
    ['divisions', '行政区划', '区划代码'],
  ] as const)(
    '%s: the %s code column is formatted as text, so Excel keeps every character and leading zero',
    async (kind, title, header) => {
      const sheet = (await workbookOf(kind)).getWorksheet(title)!;
      const column = (rowValues(sheet, 1) as string[]).indexOf(header) + 1;
      expect(column).toBeGreaterThan(0);
      for (const row of [2, 3, 1000]) expect(sheet.getCell(row, column).numFmt).toBe('@');
      expect(sheet.getColumn(column).numFmt).toBe('@');
    },
  );

  it('names the download in Chinese for the browser, with an ASCII fallback, and serves the same bytes each time', async () => {
    const first = await fetchTemplate('bases.xlsx', t.admin.token);
    expect(first.headers.get('content-disposition')).toBe(
      `attachment; filename="bases.xlsx"; filename*=UTF-8''${encodeURIComponent('基地导入模板.xlsx')}`,
    );
    const again = await fetchTemplate('bases.xlsx', t.admin.token);
    expect(Buffer.from(await again.arrayBuffer()).equals(Buffer.from(await first.arrayBuffer()))).toBe(true);
  });

  it("serves any signed-in caller: an editor, a viewer, a viewer's API key", async () => {
    const editor = await t.clientWithRole('EDITOR');
    const viewer = await t.clientWithRole('VIEWER');
    const key = await clientWithKey(t, 'VIEWER', null);
    for (const client of [editor, viewer, key]) {
      const workbook = await workbookOf('outcomes', client.token);
      expect(workbook.getWorksheet('成效记录')).toBeDefined();
    }
  });

  it.each([
    ['no token', undefined, '请先登录：请求须带 Authorization: Bearer <令牌>'],
    ['a token that opens nothing', 'not-a-real-token', '登录已失效，请重新登录'],
  ])('refuses %s with 401 and a JSON reason', async (_case, token, message) => {
    const response = await fetchTemplate('bases.xlsx', token);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 'UNAUTHENTICATED', message });
  });

  it('refuses the divisions template to an editor with 403, and gives it to an administrator', async () => {
    const editor = await t.clientWithRole('EDITOR');
    const response = await fetchTemplate('divisions.xlsx', editor.token);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ code: 'FORBIDDEN', message: '只有管理员可以下载行政区划模板' });
    expect((await fetchTemplate('divisions.xlsx', t.admin.token)).status).toBe(200);
  });

  it.each(['farms.xlsx', 'bases.xls', 'bases', '__proto__.xlsx'])(
    'answers an unknown template %s with 404 and the list of templates',
    async (name) => {
      const response = await fetchTemplate(name, t.admin.token);
      expect(response.status).toBe(404);
      const body = (await response.json()) as { code: string; message: string };
      expect(body.code).toBe('NOT_FOUND');
      expect(body.message).toContain(`没有模板“${name}”`);
      expect(body.message).toContain('outcomes.xlsx');
    },
  );

  it('checks the token before saying whether a template exists', async () => {
    const response = await fetchTemplate('farms.xlsx');
    expect(response.status).toBe(401);
    await response.arrayBuffer();
  });
});
