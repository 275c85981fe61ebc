import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';

import { graphql } from '../generated/gql.js';
import { postImport, xlsxFile } from '../spreadsheets/import-files.js';
import { describeInBrowser, launchBrowser, openConsole, screenshotDirectory, signInThroughForm } from '../support/browser.js';
import { sql } from '../support/database.js';
import { baseFixture, placeFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RECORDS = graphql(`
  query BrowserImportsRecords($filter: ImpactFilter) {
    outcomeRecords(filter: $filter, take: 100) {
      totalItems
      items {
        period
        areaMu
        householdRentYuan
        status
      }
    }
  }
`);

const AUDIT = graphql(`
  query BrowserImportsAudit($filter: AuditFilter) {
    auditLog(filter: $filter, take: 100) {
      totalItems
      items {
        action
      }
    }
  }
`);

const HEADER = [
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
  '是否下限',
  '来源',
];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// The import wizard in a real Chromium: a ledger with a bad row is checked and the problem shown
// where it is, the corrected ledger is committed, its rows are in the database, and undo removes them.
describeInBrowser('the console: import wizard', () => {
  let t: TestApp;
  let browser: Browser;
  let baseId: string;
  let place: string[];

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    const fixture = await placeFixture(t);
    baseId = await baseFixture(t, fixture.village);
    const nameOf = async (table: string, id: string) =>
      (await sql<{ name: string }>(t, `SELECT name FROM ${table} WHERE id = $1`, [id]))[0].name;
    place = [
      await nameOf('division', fixture.county),
      await nameOf('division', fixture.town),
      await nameOf('division', fixture.village),
      await nameOf('base', baseId),
    ];
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const ledger = (area2024: string) =>
    xlsxFile([
      HEADER,
      ['2023', ...place, null, null, '120', null, null, '50000', '否', '台账'],
      ['2024', ...place, null, null, area2024, null, null, '60000', '否', '台账'],
    ]);

  async function chooseAndCheck(page: Page, file: Buffer): Promise<void> {
    await page.locator('input[type=file]').setInputFiles({ name: '成效台账.xlsx', mimeType: XLSX, buffer: file });
    await page.getByRole('button', { name: /试导入/ }).click();
  }

  it('shows a bad row at its row and column, then commits the corrected file and undoes it', async () => {
    const { page } = await openConsole(browser, t);
    await signInThroughForm(page, 'admin', 'admin-password', '/imports');
    await page.getByRole('heading', { name: '导入', exact: true }).waitFor();

    // An old .xls workbook is refused (400) in the server's own words.
    const garbage = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from('old workbook')]);
    const refused = await postImport(t, t.admin.token as string, 'outcomes', garbage, { dryRun: 'true', fileName: '成效台账.xlsx' });
    expect(refused.status).toBe(400);
    const refusal = refused.body as { message: string };
    await chooseAndCheck(page, garbage);
    await page.getByRole('alert').filter({ hasText: refusal.message }).waitFor();

    const bad = await ledger('十亩');
    await chooseAndCheck(page, bad);
    const problems = page.getByRole('region', { name: '问题', exact: true });
    await problems.getByRole('row').nth(1).waitFor();
    // What the page lists is what the server reports for the same file.
    const expected = (await postImport(t, t.admin.token as string, 'outcomes', bad, { dryRun: 'true' })).body.errors;
    expect(expected.map(({ row, column }) => [row, column])).toEqual([[3, '面积']]);
    const shown = problems.getByRole('row').filter({ has: page.getByRole('cell', { name: '3', exact: true }) });
    await expect(shown.textContent()).resolves.toContain('面积');
    await expect(shown.textContent()).resolves.toContain(expected[0].message);
    await expect(page.getByRole('button', { name: '确认导入' }).count()).resolves.toBe(0);
    const screenshots = screenshotDirectory();
    if (screenshots) await page.screenshot({ path: join(screenshots, 'import-wizard.png'), fullPage: true });

    await expect(page.getByRole('button', { name: /试导入/ }).isEnabled()).resolves.toBe(true);
    await chooseAndCheck(page, await ledger('10'));
    await page.getByText('检查通过，可以导入。').waitFor();
    await expect(page.getByRole('region', { name: '问题', exact: true }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: '确认导入' }).click();
    const done = page.getByRole('region', { name: '导入完成' });
    await done.waitFor();

    const stored = await t.admin.ok(RECORDS, { filter: { baseId, includeUnapproved: true } });
    expect(
      stored.outcomeRecords.items.map(({ period, areaMu, householdRentYuan, status }) => [period, areaMu, householdRentYuan, status]),
    ).toEqual([
      ['2024', '10', '60000', 'DRAFT'],
      ['2023', '120', '50000', 'DRAFT'],
    ]);
    const historyLink = await done.getByRole('link', { name: /在导入记录中查看/ }).getAttribute('href');
    expect(historyLink).toMatch(/^\/imports\/history\?id=\d+$/);

    await done.getByRole('button', { name: '撤销本次导入' }).click();
    await done.getByText('本次导入已撤销').waitFor();
    expect((await t.admin.ok(RECORDS, { filter: { baseId, includeUnapproved: true } })).outcomeRecords.totalItems).toBe(0);

    // The audit trail of the import: its two rows created, then deleted by the undo, as the API lists them.
    const importId = historyLink!.split('=')[1];
    const audit = await t.admin.ok(AUDIT, { filter: { importId } });
    expect(audit.auditLog.items.map((entry) => entry.action).sort()).toEqual(['CREATE', 'CREATE', 'DELETE', 'DELETE']);
    await page.goto(`/audit?importId=${importId}`);
    const trail = page.getByRole('region', { name: '操作记录' });
    await trail.getByText('农户租金（元）').first().waitFor();
    await expect(trail.getByRole('row').filter({ hasText: '成效记录' }).count()).resolves.toBe(audit.auditLog.totalItems);
    await expect(trail.getByRole('row').filter({ hasText: '新建' }).count()).resolves.toBe(2);

    // The history lists the import as undone.
    await page.goto(historyLink as string);
    const entry = page.getByRole('row').filter({ has: page.getByRole('cell', { name: importId, exact: true }) });
    await entry.getByText('已撤销').first().waitFor();
  });
});
