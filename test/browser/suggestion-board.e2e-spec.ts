import { isDeepStrictEqual } from 'node:util';

import type { Browser, Page } from 'playwright-core';

import { graphql } from '../generated/gql.js';
import {
  ASSIGN,
  backdate,
  CREATE_SUGGESTION,
  daysFromToday,
  EVALUATE,
  FILE,
  handlingUnit,
  REPLY,
  SUBMIT,
} from '../suggestions/suggestion-world.js';
import { describeInBrowser, launchBrowser, openConsole, PHONE, screenshotDirectory, signInThroughForm } from '../support/browser.js';
import { memberFixture, placeFixture, type PlaceFixture } from '../support/fixtures.js';
import type { GraphqlClient } from '../support/graphql-client.js';
import { freshUsername, SCOPED_PASSWORD } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE_USER = graphql(`
  mutation BrowserSuggestionsUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);
const SET_POST = graphql(`
  mutation BrowserSuggestionsPost($input: SetCommitteePostInput!) {
    setCommitteePost(input: $input) {
      id
    }
  }
`);
const KEY = graphql(`
  mutation BrowserSuggestionsKey($input: MarkKeySupervisionInput!) {
    markKeySupervision(input: $input) {
      keySupervision
    }
  }
`);
const RATES = graphql(`
  query BrowserSuggestionsRates($year: Int) {
    suggestionUnitRates(year: $year) {
      unit {
        name
      }
      replied
      repliedOnTime
      onTimeRate
      evaluated
      satisfied
      satisfactionRate
    }
  }
`);
const ONE = graphql(`
  query BrowserSuggestionsOne($id: ID!) {
    suggestion(id: $id) {
      status
      authors {
        id
      }
      replies {
        result
        text
      }
    }
  }
`);
const MINE = graphql(`
  query BrowserSuggestionsMine($filter: SuggestionFilter) {
    suggestions(filter: $filter) {
      items {
        id
        title
        status
      }
    }
  }
`);

/** Reads until `expected` or 10 s pass, then asserts on the last reading (a list re-renders a moment after the answer). */
async function settlesTo<T>(read: () => Promise<T>, expected: T): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last = await read();
  while (!isDeepStrictEqual(last, expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  expect(last).toEqual(expected);
}

/** A rate of four decimals as the board must print it: a percent with one decimal. */
const asPercent = (rate: string | null) => (rate === null ? '—' : `${(Number(rate) * 100).toFixed(1)}%`);

// 建言督办 in a real Chromium: the office's board (lights in order, units, rates equal to the API's),
// a unit's staff answering from their inbox, a member drafting and submitting, and a phone.
describeInBrowser('the console: suggestions and their follow-up board', () => {
  let t: TestApp;
  let browser: Browser;
  let place: PlaceFixture;
  let memberId: string;
  let unitA: { id: string; name: string };
  let unitB: { id: string; name: string };
  let office: Account;
  let staffA: Account;
  let member: Account;
  const ids = { red: '', yellow: '', green: '', repliedB: '' };

  interface Account {
    username: string;
    api: GraphqlClient;
  }

  async function account(role: 'EDITOR' | 'VIEWER', post: Record<string, string>, divisionId: string | null = null): Promise<Account> {
    const username = freshUsername(post.kind.toLowerCase());
    const { createUser } = await t.admin.ok(CREATE_USER, { input: { username, password: SCOPED_PASSWORD, role, divisionId } });
    await t.admin.ok(SET_POST, { input: { userId: createUser.id, ...post } as never });
    return { username, api: await t.anonymous.signIn(username, SCOPED_PASSWORD) };
  }

  /** Drafted by the office for the member, submitted, filed and assigned to `unitId` with `deadline`. */
  async function assigned(title: string, unitId: string, deadline: string): Promise<string> {
    const input = {
      kind: 'PROPOSAL' as const,
      title,
      topic: '产业发展',
      content: '建议……',
      divisionId: place.county,
      authorIds: [memberId],
    };
    const { id } = (await office.api.ok(CREATE_SUGGESTION, { input })).createSuggestion;
    await office.api.ok(SUBMIT, { input: { id } });
    await office.api.ok(FILE, { input: { id } });
    await office.api.ok(ASSIGN, { input: { id, leadUnitId: unitId, deadline } });
    return id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    place = await placeFixture(t);
    memberId = await memberFixture(t, '梁贤勇');
    unitA = { id: await handlingUnit(t, '县农业农村局'), name: '' };
    unitB = { id: await handlingUnit(t, '县交通运输局'), name: '' };
    const units = (await t.admin.ok('query { handlingUnits(take: 100) { items { id name } } }', {})).handlingUnits.items as Array<{
      id: string;
      name: string;
    }>;
    unitA.name = units.find((unit) => unit.id === unitA.id)!.name;
    unitB.name = units.find((unit) => unit.id === unitB.id)!.name;
    office = await account('EDITOR', { kind: 'OFFICE' });
    staffA = await account('VIEWER', { kind: 'UNIT', handlingUnitId: unitA.id });
    const staffB = await account('VIEWER', { kind: 'UNIT', handlingUnitId: unitB.id });
    member = await account('VIEWER', { kind: 'MEMBER', memberId }, place.county);

    // Deadlines around today without waiting on the clock: the red one is assigned with a
    // 10-day deadline and moved 11 days back (deadline yesterday).
    ids.red = await assigned('关于完善露营地水电配套的提案', unitA.id, daysFromToday(10));
    await backdate(t, ids.red, 11);
    await office.api.ok(KEY, { input: { id: ids.red, key: true } });
    ids.yellow = await assigned('关于硬化产业路的提案', unitB.id, daysFromToday(3));
    ids.green = await assigned('关于扶持林下养殖的提案', unitA.id, daysFromToday(20));
    // A reply on time and a satisfied evaluation give unit B rates of 100%.
    ids.repliedB = await assigned('关于修缮村道的提案', unitB.id, daysFromToday(20));
    await staffB.api.ok(REPLY, { input: { id: ids.repliedB, result: 'B', text: '已列入明年计划' } });
    await member.api.ok(EVALUATE, { input: { id: ids.repliedB, evaluation: 'SATISFIED' } });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** The board's open items as shown: [light's accessible name, title, unit]. */
  async function openItems(page: Page): Promise<string[][]> {
    const rows = page.locator('.open-item');
    const shown: string[][] = [];
    for (const row of await rows.all()) {
      shown.push([
        (await row.getByRole('img').getAttribute('aria-label')) ?? '',
        (await row.locator('.item-title').textContent())?.trim() ?? '',
        (await row.locator('.item-unit').textContent())?.trim() ?? '',
      ]);
    }
    return shown;
  }

  it('shows the office red, yellow, green in order with their units, and the rates the API gives', async () => {
    const { context, page } = await openConsole(browser, t);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signInThroughForm(page, office.username, SCOPED_PASSWORD);
    await page.goto('/committee/board');
    await page.getByRole('heading', { level: 1, name: '督办看板' }).waitFor();
    await settlesTo(
      () => openItems(page),
      [
        ['超期', '关于完善露营地水电配套的提案', unitA.name],
        ['临近期限', '关于硬化产业路的提案', unitB.name],
        ['正常', '关于扶持林下养殖的提案', unitA.name],
      ],
    );
    // The overdue item says by how much and is marked 重点督办.
    const red = page.locator('.open-item').first();
    await expect(red.textContent()).resolves.toContain('超期 1 天');
    await expect(red.textContent()).resolves.toContain('重点督办');

    // Each unit's row: the API's rates as percents with one decimal, the counts beside them.
    const rates = (await office.api.ok(RATES, { year: new Date().getFullYear() })).suggestionUnitRates;
    expect(rates.length).toBe(2);
    for (const rate of rates) {
      const row = page.locator('.unit-rates .el-table__body tr').filter({ hasText: rate.unit.name });
      const cells = await row.locator('td').allTextContents();
      expect(cells[1]).toBe(`${asPercent(rate.onTimeRate)}（${rate.repliedOnTime}/${rate.replied}）`);
      expect(cells[2]).toBe(`${asPercent(rate.satisfactionRate)}（${rate.satisfied}/${rate.evaluated}）`);
    }
    const rowB = await page.locator('.unit-rates .el-table__body tr').filter({ hasText: unitB.name }).locator('td').allTextContents();
    expect(rowB.slice(1, 3)).toEqual(['100.0%（1/1）', '100.0%（1/1）']);
    await expect(page.locator('#board-sentence').textContent()).resolves.toMatch(/提出意见建议/);

    const shots = screenshotDirectory();
    if (shots) await page.screenshot({ path: `${shots}/suggestion-board.png`, fullPage: true });
    // The office has no unit inbox in its menu.
    await expect(page.getByRole('menuitem', { name: '督办看板' }).count()).resolves.toBe(1);
    await expect(page.getByRole('menuitem', { name: '待办' }).count()).resolves.toBe(0);

    // The list filtered by a unit, opened from a bookmark, names the unit in its filter.
    await page.goto(`/committee/suggestions?unit=${unitA.id}`);
    await page.locator('.filters').getByText(unitA.name).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("lets a unit's staff see only their unit's items, reply (A) through the form, and the item leaves the board", async () => {
    const { context, page } = await openConsole(browser, t);
    await signInThroughForm(page, staffA.username, SCOPED_PASSWORD);
    await page.getByRole('menuitem', { name: '待办' }).click();
    await page.getByRole('heading', { level: 1, name: /^待办/ }).waitFor();
    await settlesTo(
      async () => page.locator('.inbox-item .item-title').allTextContents(),
      ['关于完善露营地水电配套的提案', '关于扶持林下养殖的提案'],
    );

    await page.locator(`.inbox-item[data-suggestion="${ids.red}"]`).getByRole('link', { name: '答复' }).click();
    const dialog = page.getByRole('dialog', { name: '答复' });
    await dialog.waitFor();
    // Sent without a result: the clerk is told at the field, and nothing is sent.
    await dialog.getByLabel('答复内容').fill('已协调供电所完成营地线路改造。');
    await dialog.getByRole('button', { name: '提交答复' }).click();
    await dialog.locator('.el-form-item__error').filter({ hasText: '请选择办理结果' }).waitFor();
    expect((await staffA.api.ok(ONE, { id: ids.red })).suggestion?.status).toBe('ASSIGNED');
    await dialog.getByText(/^A 类/).click();
    // Blank text: the server refuses, and its own message shows at 答复内容.
    await dialog.getByLabel('答复内容').fill('   ');
    await dialog.getByRole('button', { name: '提交答复' }).click();
    const refusal = await staffA.api.request(REPLY, { input: { id: ids.red, result: 'A', text: '' } });
    expect(refusal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const [problem] = refusal.errors?.[0]?.extensions?.fields as Array<{ field: string; message: string }>;
    expect(problem.field).toMatch(/text$/);
    await dialog
      .locator('.el-form-item')
      .filter({ hasText: '答复内容' })
      .locator('.el-form-item__error')
      .filter({ hasText: problem.message })
      .waitFor();
    await dialog.getByLabel('答复内容').fill('已协调供电所完成营地线路改造。');
    await dialog.getByRole('button', { name: '提交答复' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('已答复', { exact: true }).first().waitFor();

    const replied = (await staffA.api.ok(ONE, { id: ids.red })).suggestion;
    expect(replied).toMatchObject({ status: 'REPLIED', replies: [{ result: 'A', text: '已协调供电所完成营地线路改造。' }] });
    // Unit A's staff never see unit B's item.
    await expect(staffA.api.ok(ONE, { id: ids.yellow })).resolves.toEqual({ suggestion: null });
    await context.close();

    const board = await openConsole(browser, t);
    await signInThroughForm(board.page, office.username, SCOPED_PASSWORD, '/committee/board');
    await settlesTo(
      async () => (await openItems(board.page)).map(([light, title]) => `${light} ${title}`),
      ['临近期限 关于硬化产业路的提案', '正常 关于扶持林下养殖的提案'],
    );
    await board.context.close();
  });

  it("lets a member's own account draft a suggestion (as its lead author) and submit it", async () => {
    const { context, page } = await openConsole(browser, t);
    await signInThroughForm(page, member.username, SCOPED_PASSWORD, '/committee/suggestions');
    await page.getByRole('button', { name: '新建建言' }).click();
    const dialog = page.getByRole('dialog', { name: '新增建言' });
    await dialog.getByLabel('标题').fill('关于发展稻渔综合种养的建议');
    await dialog.getByLabel('主题').fill('稻渔种养');
    await dialog.getByLabel('内容').fill('建议整合项目资金，建设示范基地。');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/committee\/suggestions\/\d+$/);
    await page.getByRole('heading', { level: 1, name: '关于发展稻渔综合种养的建议' }).waitFor();
    const id = page.url().split('/').pop()!;
    expect((await member.api.ok(ONE, { id })).suggestion).toMatchObject({ status: 'DRAFT', authors: [{ id: memberId }] });

    await page.getByRole('group', { name: '可办理的操作' }).getByRole('button', { name: '提交' }).click();
    const submit = page.getByRole('dialog', { name: '提交建言' });
    await submit.getByRole('button', { name: '提交' }).click();
    await submit.waitFor({ state: 'hidden' });
    await settlesTo(async () => (await member.api.ok(ONE, { id })).suggestion?.status, 'SUBMITTED');
    await page.getByText('已提交', { exact: true }).first().waitFor();
    // Submitted: the member's steps are gone (the office files it next).
    await expect(page.getByRole('group', { name: '可办理的操作' }).count()).resolves.toBe(0);
    const mine = (await member.api.ok(MINE, { filter: { memberId } })).suggestions.items;
    expect(mine.find((item) => item.id === id)?.status).toBe('SUBMITTED');
    await context.close();
  });

  it('fits a phone: board, list, inbox and an item without sideways scrolling', async () => {
    const { context, page } = await openConsole(browser, t, PHONE);
    await signInThroughForm(page, office.username, SCOPED_PASSWORD);
    for (const [path, heading, shot] of [
      ['/committee/board', '督办看板', 'board'],
      ['/committee/suggestions', '建言', 'list'],
      [`/committee/suggestions/${ids.green}`, '关于扶持林下养殖的提案', 'detail'],
    ]) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page
        .locator('.el-loading-mask')
        .first()
        .waitFor({ state: 'hidden' })
        .catch(() => undefined);
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
      const shots = screenshotDirectory();
      if (shots) await page.screenshot({ path: `${shots}/suggestion-${shot}-phone.png`, fullPage: true });
    }
    await context.close();

    const staff = await openConsole(browser, t, PHONE);
    await signInThroughForm(staff.page, staffA.username, SCOPED_PASSWORD, '/committee/inbox');
    await staff.page.locator('.inbox-item').first().waitFor();
    expect(await staff.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await staff.context.close();
  });
});
