import type { Browser, Locator, Page } from 'playwright-core';

import { graphql } from '../generated/gql.js';
import { describeInBrowser, launchBrowser, openConsole, signInThroughForm } from '../support/browser.js';
import { baseFixture, placeFixture } from '../support/fixtures.js';
import type { GraphqlClient } from '../support/graphql-client.js';
import { freshUsername, SCOPED_PASSWORD } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE_USER = graphql(`
  mutation BrowserApprovalsCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);
const RECORD = graphql(`
  mutation BrowserApprovalsRecord($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
    }
  }
`);
const UPDATE = graphql(`
  mutation BrowserApprovalsUpdate($input: UpdateOutcomeRecordInput!) {
    updateOutcomeRecord(input: $input) {
      id
    }
  }
`);
const ONE = graphql(`
  query BrowserApprovalsOne($id: ID!) {
    outcomeRecord(id: $id) {
      status
      statusReason
      recordedBy {
        name
        isCaller
      }
    }
  }
`);
const RETURN = graphql(`
  mutation BrowserApprovalsReturn($ids: [ID!]!, $reason: String!) {
    returnOutcomes(ids: $ids, reason: $reason) {
      id
    }
  }
`);
const IMPACT = graphql(`
  query BrowserApprovalsImpact($filter: ImpactFilter) {
    impactSummary(filter: $filter) {
      totals {
        records
        householdRentYuan
      }
    }
  }
`);

// The four-eyes round trip in two browsers: editor A submits, may not approve their own records
// (and the page says why), editor B approves one and returns the other with a reason, A corrects
// and resubmits, B approves; the report then counts both.
describeInBrowser('the console: approval queue', () => {
  let t: TestApp;
  let browser: Browser;
  let baseId: string;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    baseId = await baseFixture(t, (await placeFixture(t)).village);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function editor(): Promise<{ username: string; api: GraphqlClient; page: Page }> {
    const username = freshUsername('editor');
    await t.admin.ok(CREATE_USER, { input: { username, password: SCOPED_PASSWORD, role: 'EDITOR', divisionId: null } });
    const api = await t.anonymous.signIn(username, SCOPED_PASSWORD);
    const { page } = await openConsole(browser, t);
    await signInThroughForm(page, username, SCOPED_PASSWORD);
    return { username, api, page };
  }

  /** The queue's row of one record on the page shown. */
  async function rowIn(page: Page, id: string): Promise<Locator> {
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: id, exact: true }) });
    await row.waitFor();
    return row;
  }

  /** Opens a tab of the queue afresh and finds the record's row there. */
  async function rowOf(page: Page, tab: string, id: string): Promise<Locator> {
    await page.goto(`/approvals?tab=${tab}`);
    return rowIn(page, id);
  }

  const statusOf = async (api: GraphqlClient, id: string) => (await api.ok(ONE, { id })).outcomeRecord;

  it('submits, refuses self-approval visibly, approves, returns with a reason, and counts the approved records', async () => {
    const a = await editor();
    const b = await editor();
    const first = (await a.api.ok(RECORD, { input: { baseId, period: '2025Q1', householdRentYuan: '1000' } })).recordOutcome.id;
    const second = (await a.api.ok(RECORD, { input: { baseId, period: '2025Q2', householdRentYuan: '2000' } })).recordOutcome.id;

    // A submits both in one batch.
    await a.page.goto('/approvals?tab=to-submit');
    for (const id of [first, second]) await (await rowIn(a.page, id)).locator('label.el-checkbox').click();
    await a.page.getByRole('button', { name: '批量报送' }).click();
    await a.page.getByText('已报送 2 条记录').waitFor();
    expect((await statusOf(a.api, second))?.status).toBe('SUBMITTED');
    expect((await statusOf(a.api, first))?.status).toBe('SUBMITTED');

    // A's own record: approving is disabled, with the reason, and A is named as its writer.
    const own = await rowOf(a.page, 'to-approve', first);
    await expect(own.getByRole('button', { name: '通过' }).isDisabled()).resolves.toBe(true);
    await expect(own.textContent()).resolves.toContain('不能审核自己录入或修改的记录');
    const writer = (await statusOf(a.api, first))?.recordedBy;
    expect(writer?.isCaller).toBe(true);
    await expect(own.textContent()).resolves.toContain(`${writer?.name}（本人）`);

    // B may approve it: the button is enabled and no four-eyes note is shown.
    const approvable = await rowOf(b.page, 'to-approve', first);
    await expect(approvable.textContent()).resolves.not.toContain('不能审核');
    await approvable.getByRole('button', { name: '通过' }).click();
    await b.page.getByText('已审核通过 1 条记录').waitFor();
    expect((await statusOf(b.api, first))?.status).toBe('APPROVED');

    // Returning asks for a reason; an empty one is refused with the server's message at the field.
    await (await rowOf(b.page, 'to-approve', second)).getByRole('button', { name: '退回' }).click();
    const dialog = b.page.getByRole('dialog', { name: '退回记录' });
    await dialog.getByRole('button', { name: '确定' }).click();
    const refusal = await b.api.request(RETURN, { ids: [second], reason: '' });
    const fieldMessage = (refusal.errors?.[0]?.extensions?.fields as Array<{ message: string }>)[0].message;
    await dialog.getByText(fieldMessage).waitFor();
    await dialog.getByLabel('理由').fill('租金应为 2500 元，请按合同改正');
    await dialog.getByRole('button', { name: '确定' }).click();
    await b.page.getByText('已退回 1 条记录').waitFor();
    expect(await statusOf(b.api, second)).toMatchObject({ status: 'RETURNED', statusReason: '租金应为 2500 元，请按合同改正' });

    // A sees the reason, corrects the record and submits it again.
    const returned = await rowOf(a.page, 'to-submit', second);
    await expect(returned.textContent()).resolves.toContain('租金应为 2500 元，请按合同改正');
    await expect(returned.textContent()).resolves.toContain('已退回');
    await a.api.ok(UPDATE, { input: { id: second, householdRentYuan: '2500' } });
    const corrected = await rowOf(a.page, 'to-submit', second);
    await corrected.getByRole('cell', { name: '2500', exact: true }).waitFor();
    await corrected.getByRole('button', { name: '报送' }).click();
    await a.page.getByText('已报送 1 条记录').waitFor();
    expect((await statusOf(a.api, second))?.status).toBe('SUBMITTED');

    await (await rowOf(b.page, 'to-approve', second)).getByRole('button', { name: '通过' }).click();
    await b.page.getByText('已审核通过 1 条记录').waitFor();
    expect((await statusOf(b.api, second))?.status).toBe('APPROVED');

    const report = await t.admin.ok(IMPACT, { filter: { baseId } });
    expect(report.impactSummary.totals.records).toBe(2);
    expect(Number(report.impactSummary.totals.householdRentYuan)).toBe(3500);
  });
});
