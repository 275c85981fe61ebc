import { isDeepStrictEqual } from 'node:util';

import type { Browser, Locator, Page } from 'playwright-core';

import { describeInBrowser, launchBrowser, openConsole, PHONE, screenshotDirectory, signInThroughForm } from '../support/browser.js';
import { freshUsername, SCOPED_PASSWORD } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Reads `read` until it gives `expected` or 10 s pass, then asserts on the last reading (jest has
 * no expect.poll; a list re-renders a moment after the server answers).
 */
async function settlesTo<T>(read: () => Promise<T>, expected: T): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last = await read();
  while (!isDeepStrictEqual(last, expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  expect(last).toEqual(expected);
}

// The workbench (数据录入) in a real Chromium: forms that send what the clerk typed and show the
// server's answer where it belongs, stale edits, refused deletes, read-only viewers, paging.
describeInBrowser('the workbench: lists and forms', () => {
  let t: TestApp;
  let browser: Browser;
  let village: { id: string; name: string };
  const editor = freshUsername('clerk');
  const viewer = freshUsername('leader');

  const createDivision = async (input: Record<string, unknown>) =>
    (await t.admin.ok('mutation($input: CreateDivisionInput!) { createDivision(input: $input) { id name } }', { input }))
      .createDivision as {
      id: string;
      name: string;
    };
  const createEnterprise = async (name: string) =>
    (await t.admin.ok('mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }', { input: { name } }))
      .createEnterprise.id as string;
  const createBase = async (name: string) =>
    (
      await t.admin.ok('mutation($input: CreateBaseInput!) { createBase(input: $input) { id } }', {
        input: { name, villageId: village.id },
      })
    ).createBase.id as string;
  const basesNamed = async (search: string) =>
    (
      await t.admin.ok('query($filter: BaseFilter) { bases(filter: $filter, take: 100) { totalItems items { id name areaMu } } }', {
        filter: { search },
      })
    ).bases as { totalItems: number; items: Array<{ id: string; name: string; areaMu: string | null }> };

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    const county = await createDivision({ name: '东兰县', level: 'COUNTY' });
    const town = await createDivision({ name: '武篆镇', level: 'TOWN', parentId: county.id });
    village = await createDivision({ name: '东里村', level: 'VILLAGE', parentId: town.id });
    for (const [username, role] of [
      [editor, 'EDITOR'],
      [viewer, 'VIEWER'],
    ]) {
      await t.admin.ok('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
        input: { username, password: SCOPED_PASSWORD, role, divisionId: null },
      });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signedIn(username: string, path: string): Promise<Page> {
    const { page } = await openConsole(browser, t);
    await signInThroughForm(page, username, SCOPED_PASSWORD, path);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  }

  /** The form item of a dialog field, found by its label as a person reads it. */
  // `has` is looked for inside each form item, so it starts from the page, not the dialog.
  const field = (page: Page, dialog: Locator, label: string) =>
    dialog.locator('.el-form-item').filter({ has: page.locator('label', { hasText: label }) });
  const firstColumn = (page: Page) => page.locator('.el-table__body tr td:first-child').allTextContents();
  const rowOf = (page: Page, name: string) => page.locator('.el-table__body tr').filter({ hasText: name });

  it('creates a base through the form, after showing the refusal of a negative area at that field', async () => {
    const name = `共耕社产业园-${Date.now().toString(36)}`;
    const page = await signedIn(editor, '/bases');
    await page.getByRole('button', { name: '新增基地' }).click();
    const dialog = page.getByRole('dialog', { name: '新增基地' });
    await dialog.getByLabel('基地名称').fill(name);
    await dialog.getByLabel('所在村').click();
    // The open cascader's levels (the filter bar's closed one is hidden, so not found by role).
    await page.getByRole('menuitem', { name: '东兰县' }).click();
    await page.getByRole('menuitem', { name: '武篆镇' }).click();
    await page.getByRole('menuitem', { name: '东里村' }).locator('.el-radio').click();
    await dialog.getByLabel('面积（亩）').fill('-5');
    await dialog.getByRole('button', { name: '保存' }).click();

    const refusal = await t.admin.fails('mutation($input: CreateBaseInput!) { createBase(input: $input) { id } }', {
      input: { name, villageId: village.id, areaMu: '-5' },
    });
    const expected = refusal.extensions?.fields?.find((problem) => problem.field.endsWith('areaMu'))?.message;
    expect(expected).toMatch(/[\u4e00-\u9fff]/);
    const areaError = field(page, dialog, '面积（亩）').locator('.el-form-item__error');
    await areaError.waitFor();
    expect((await areaError.textContent())?.trim()).toBe(expected);
    expect((await basesNamed(name)).totalItems).toBe(0);

    await dialog.getByLabel('面积（亩）').fill('12.5');
    await dialog.getByRole('button', { name: '保存' }).click();
    await rowOf(page, name).waitFor();
    const saved = await basesNamed(name);
    expect(saved.items).toEqual([expect.objectContaining({ name, areaMu: '12.5' })]);
    await expect(rowOf(page, name).textContent()).resolves.toContain('东里村');
    await page.context().close();
  });

  it('tells of an edit someone else saved first, and reloads their value', async () => {
    const name = `新寨基地-${Date.now().toString(36)}`;
    const id = await createBase(name);
    const page = await signedIn(editor, `/bases?search=${encodeURIComponent(name)}`);
    await rowOf(page, name).getByRole('button', { name: '编辑' }).click();
    const dialog = page.getByRole('dialog', { name: '编辑基地' });
    await settlesTo(() => dialog.getByLabel('基地名称').inputValue(), name);

    const theirs = `${name}（已更名）`;
    await t.admin.ok('mutation($input: UpdateBaseInput!) { updateBase(input: $input) { id } }', { input: { id, name: theirs } });
    await dialog.getByLabel('面积（亩）').fill('30');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('该记录已被他人修改，请重新加载').waitFor();
    expect((await basesNamed(theirs)).items[0].areaMu).toBeNull();

    await dialog.getByRole('button', { name: '重新加载' }).click();
    await settlesTo(() => dialog.getByLabel('基地名称').inputValue(), theirs);
    await expect(dialog.getByText('该记录已被他人修改').count()).resolves.toBe(0);
    await page.context().close();
  });

  it("shows why an enterprise with a match cannot be deleted, in the server's words, and keeps the row", async () => {
    const name = `瑞康农业-${Date.now().toString(36)}`;
    const enterpriseId = await createEnterprise(name);
    await t.admin.ok('mutation($input: CreateMatchInput!) { createMatch(input: $input) { id } }', {
      input: { enterpriseId, villageId: village.id },
    });
    const page = await signedIn(editor, `/enterprises?search=${encodeURIComponent(name)}`);
    await rowOf(page, name).getByRole('button', { name: '删除' }).click();
    await page.locator('.el-message-box').getByRole('button', { name: '删除' }).click();
    const refusalBox = page.locator('.el-message-box', { hasText: '无法删除' });
    await refusalBox.waitFor();

    const refusal = await t.admin.fails('mutation($id: ID!) { deleteEnterprise(id: $id) }', { id: enterpriseId });
    expect(refusal.extensions?.code).toBe('CONFLICT');
    await expect(refusalBox.textContent()).resolves.toContain(refusal.message);
    await refusalBox.getByRole('button', { name: '知道了' }).click();
    await expect(rowOf(page, name).count()).resolves.toBe(1);
    expect((await t.admin.ok('query($id: ID!) { enterprise(id: $id) { id } }', { id: enterpriseId })).enterprise).not.toBeNull();
    await page.context().close();
  });

  it('gives a viewer the lists without create, edit or delete', async () => {
    const name = `只读企业-${Date.now().toString(36)}`;
    await createEnterprise(name);
    await createBase(`只读基地-${Date.now().toString(36)}`);
    for (const [path, kind] of [
      ['/enterprises', '企业'],
      ['/bases', '基地'],
    ]) {
      const page = await signedIn(viewer, path);
      await page.locator('.el-table__body tr').first().waitFor();
      await expect(page.getByRole('button', { name: `新增${kind}` }).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: '编辑' }).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: '删除' }).count()).resolves.toBe(0);
      await page.context().close();
    }
  });

  it('pages through 25 enterprises and narrows them by name', async () => {
    const prefix = `分页企业${Date.now().toString(36)}-`;
    for (let n = 1; n <= 25; n += 1) await createEnterprise(`${prefix}${String(n).padStart(2, '0')}`);
    const api = async (skip: number) =>
      (
        (await t.admin.ok(
          'query($search: String, $skip: Int!) { enterprises(search: $search, skip: $skip, take: 20) { totalItems items { name } } }',
          {
            search: prefix,
            skip,
          },
        )) as { enterprises: { totalItems: number; items: Array<{ name: string }> } }
      ).enterprises;

    const page = await signedIn(editor, '/enterprises');
    await page.getByLabel('企业名称').fill(prefix);
    await page.getByRole('button', { name: '查询' }).click();
    const first = await api(0);
    expect(first.totalItems).toBe(25);
    await settlesTo(
      () => firstColumn(page),
      first.items.map((item) => item.name),
    );
    await expect(page.locator('.el-pagination__total').textContent()).resolves.toContain('25');

    await page.locator('.el-pager li', { hasText: /^2$/ }).click();
    const second = await api(20);
    expect(second.items).toHaveLength(5);
    await settlesTo(
      () => firstColumn(page),
      second.items.map((item) => item.name),
    );
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');

    await page.getByLabel('企业名称').fill(`${prefix}07`);
    await page.getByRole('button', { name: '查询' }).click();
    await settlesTo(() => firstColumn(page), [`${prefix}07`]);
    await page.context().close();
  });

  it('opens every kind of record: the total the API gives, an edit form read without error, no page wider than a phone', async () => {
    const stamp = Date.now().toString(36);
    const enterpriseId = await createEnterprise(`全览企业-${stamp}`);
    const baseId = await createBase(`全览基地-${stamp}`);
    const { createMember: member } = await t.admin.ok('mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }', {
      input: { name: `韦${stamp}`, enterpriseIds: [enterpriseId] },
    });
    await t.admin.ok('mutation($input: CreateMatchInput!) { createMatch(input: $input) { id } }', {
      input: { enterpriseId, villageId: village.id, baseId, brokerIds: [member.id], status: 'SIGNED' },
    });
    const { createServiceTeam: team } = await t.admin.ok(
      'mutation($input: CreateServiceTeamInput!) { createServiceTeam(input: $input) { id } }',
      {
        input: { name: `全览服务团-${stamp}`, leaderId: member.id },
      },
    );
    await t.admin.ok('mutation($input: RecordServiceActivityInput!) { recordServiceActivity(input: $input) { id } }', {
      input: { teamId: team.id, baseId, date: '2024-05-01', topic: '葡萄修剪技术培训', farmersTrained: 12 },
    });
    await t.admin.ok('mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }', {
      input: { period: '2024', baseId, householdRentYuan: '1000', teamId: team.id },
    });
    const totals = await t.admin.ok(`{
      divisions(take: 1) { totalItems }  enterprises(take: 1) { totalItems }  members(take: 1) { totalItems }
      bases(take: 1) { totalItems }  matches(take: 1) { totalItems }  serviceTeams(take: 1) { totalItems }
      serviceActivities(take: 1) { totalItems }  outcomeRecords(filter: { includeUnapproved: true }, take: 1) { totalItems }
    }`);
    const pages: Array<[string, string, number]> = [
      ['/divisions', '行政区划', totals.divisions.totalItems],
      ['/enterprises', '企业', totals.enterprises.totalItems],
      ['/members', '政协委员', totals.members.totalItems],
      ['/bases', '基地', totals.bases.totalItems],
      ['/matches', '引企下乡对接', totals.matches.totalItems],
      ['/service-teams', '服务团', totals.serviceTeams.totalItems],
      ['/service-activities', '服务活动', totals.serviceActivities.totalItems],
      ['/outcomes', '成效数据', totals.outcomeRecords.totalItems],
    ];

    const { context, page } = await openConsole(browser, t, PHONE);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signInThroughForm(page, editor, SCOPED_PASSWORD);
    for (const [path, title, total] of pages) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await settlesTo(async () => (await page.locator('.el-pagination__total').textContent())?.match(/\d+/)?.[0], String(total));
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
      const shots = screenshotDirectory();
      if (shots) await page.screenshot({ path: `${shots}/workbench${path.replace('/', '-')}-phone.png`, fullPage: true });

      await page.locator('.el-table__body tr').first().getByRole('button', { name: '编辑' }).click();
      const dialog = page.getByRole('dialog', { name: /^编辑/ });
      await dialog.waitFor();
      await dialog.locator('.el-loading-mask').waitFor({ state: 'hidden' });
      await expect(dialog.locator('.el-alert').count()).resolves.toBe(0);
      await dialog.getByRole('button', { name: '取消' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
