import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';

import { graphql } from '../generated/gql.js';
import type { ImpactFilter } from '../generated/graphql.js';
import { approveAllRecords } from '../support/approval.js';
import { describeInBrowser, launchBrowser, openConsole, PHONE, screenshotDirectory, signInThroughForm } from '../support/browser.js';
import type { GraphqlClient } from '../support/graphql-client.js';
import { clientWithScope, SCOPED_PASSWORD } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The names docs/api.md fixes for the figure cards, by the field of impactSummary.totals each shows.
const CARDS = {
  householdRentYuan: '农户租金收入',
  jobsPersonTimes: '务工岗位',
  collectiveIncomeYuan: '村集体经济增收',
  areaMu: '基地面积',
  outputValueYuan: '产值',
  householdsBenefited: '带动农户',
} as const;
type CardField = keyof typeof CARDS;

const TOTALS = graphql(`
  query DashboardTotals($filter: ImpactFilter) {
    impactSummary(filter: $filter) {
      totals {
        householdRentYuan
        jobsPersonTimes
        collectiveIncomeYuan
        areaMu
        outputValueYuan
        householdsBenefited
        unapprovedRecords
      }
    }
  }
`);
const PLACES = graphql(`
  query DashboardSeededPlaces {
    towns: divisions(level: TOWN) {
      items {
        id
        name
        parentId
      }
    }
    villages: divisions(level: VILLAGE) {
      items {
        id
        name
      }
    }
    bases(take: 10) {
      items {
        id
        name
      }
    }
  }
`);
const CREATE_DIVISION = graphql(`
  mutation DashboardCreateDivision($input: CreateDivisionInput!) {
    createDivision(input: $input) {
      id
    }
  }
`);
const RECORD_OUTCOME = graphql(`
  mutation DashboardRecordOutcome($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
    }
  }
`);

/** The six figures impactSummary gives for a filter, as the caller sees them. */
async function totalsFor(client: GraphqlClient, filter: ImpactFilter): Promise<Record<CardField, string>> {
  const { impactSummary } = await client.ok(TOTALS, { filter });
  const { unapprovedRecords: _, ...figures } = impactSummary.totals;
  return figures;
}

/** Each card's `<data value>`, found by the card's accessible name. */
async function cardValues(page: Page): Promise<Record<string, string | null>> {
  const values: Record<string, string | null> = {};
  for (const [field, name] of Object.entries(CARDS)) {
    values[field] = await page.getByRole('group', { name, exact: true }).locator('data').getAttribute('value');
  }
  return values;
}

/**
 * Waits (as long as Playwright's default) until the cards hold `expected`, then compares through
 * the accessible names, so a failure shows which figure differs.
 */
async function expectCards(page: Page, expected: Record<CardField, string>): Promise<void> {
  const wanted = Object.values(expected);
  await page
    .waitForFunction(
      `(() => { const want = ${JSON.stringify(wanted)}; const got = [...document.querySelectorAll('section[role=group] data')].map((d) => d.getAttribute('value')); return want.every((value, i) => got[i] === value); })()`,
      undefined,
      { timeout: 20_000 },
    )
    .catch(() => undefined);
  expect(await cardValues(page)).toEqual(expected);
}

/** Waits for the dashboard's URL to carry exactly `query`, then checks it. */
async function expectDashboardUrl(page: Page, query: Record<string, string>): Promise<void> {
  const same = (url: URL) =>
    url.pathname === '/dashboard' && JSON.stringify(Object.fromEntries(url.searchParams)) === JSON.stringify(query);
  await page.waitForURL(same, { timeout: 20_000 }).catch(() => undefined);
  const url = new URL(page.url());
  expect({ path: url.pathname, query: Object.fromEntries(url.searchParams) }).toEqual({ path: '/dashboard', query });
}

describeInBrowser('the dashboard (驾驶舱)', () => {
  let t: TestApp;
  let browser: Browser;
  let county: string;
  let town: string;
  let village: string;
  let otherTown: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { SEED: 'true' } });
    browser = await launchBrowser();
    // The article's facts are all of 2024 and in one town: a second town and a second year make
    // the filters and the breakdown tell places and periods apart.
    const seeded = await t.admin.ok(PLACES);
    const wuzhuan = seeded.towns.items.find((division) => division.name === '武篆镇')!;
    [town, county] = [wuzhuan.id, wuzhuan.parentId!];
    village = seeded.villages.items.find((division) => division.name === '东里村')!.id;
    const base = seeded.bases.items.find((candidate) => candidate.name === '共耕社产业园')!.id;
    otherTown = (await t.admin.ok(CREATE_DIVISION, { input: { name: '长乐镇', level: 'TOWN', parentId: county } })).createDivision.id;
    await t.admin.ok(RECORD_OUTCOME, { input: { period: '2025', baseId: base, outputValueYuan: '500000', jobsPersonTimes: '300' } });
    await t.admin.ok(RECORD_OUTCOME, {
      input: { period: '2025', divisionId: otherTown, collectiveIncomeYuan: '30000', householdsBenefited: '45' },
    });
    await approveAllRecords(t);
    // Left unapproved: counted only when an editor asks for it.
    await t.admin.ok(RECORD_OUTCOME, { input: { period: '2025Q2', baseId: base, householdRentYuan: '12345.67' } });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the whole scope: every card holds the exact totals, in the units a leader quotes', async () => {
    const expected = await totalsFor(t.admin, {});
    // The article's 共耕社 and service-team figures are in (the test could not pass on zeros).
    expect(expected.householdRentYuan).toBe('200000');
    const { context, page } = await openConsole(browser, t);
    await signInThroughForm(page, 'admin', 'admin-password');
    await expectCards(page, expected);
    await expect(page.getByRole('group', { name: '农户租金收入', exact: true }).textContent()).resolves.toContain('20余万元');
    await expect(page.getByRole('group', { name: '村集体经济增收', exact: true }).textContent()).resolves.toContain('13万元以上');
    // One record waits for approval: said, and not counted.
    await expect(page.getByText('另有 1 条成效记录待审核').isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: '长乐镇' }).waitFor();
    await expect(page.getByRole('cell', { name: '未分解到乡镇' }).count()).resolves.toBe(1);
    await expect(page.getByText('韦建东委员带领农业科技服务团').isVisible()).resolves.toBe(true);
    const directory = screenshotDirectory();
    if (directory) await page.screenshot({ path: join(directory, 'dashboard-desktop.png'), fullPage: true });
    await context.close();
  });

  it('opens a town and a period from the URL with that filter’s totals, and counts unapproved records for an editor who asks', async () => {
    const { context, page } = await openConsole(browser, t);
    await signInThroughForm(page, 'admin', 'admin-password', `/dashboard?divisionId=${town}&from=2025&to=2025`);
    const expected = await totalsFor(t.admin, { divisionId: town, from: '2025', to: '2025' });
    expect(expected.outputValueYuan).toBe('500000');
    await expectCards(page, expected);

    await page.goto(`/dashboard?divisionId=${town}&from=2025&to=2025&includeUnapproved=true`);
    const withUnapproved = await totalsFor(t.admin, { divisionId: town, from: '2025', to: '2025', includeUnapproved: true });
    expect(withUnapproved.householdRentYuan).toBe('12345.67');
    await expectCards(page, withUnapproved);
    await expect(page.getByLabel('含未审核').isChecked()).resolves.toBe(true);
    await context.close();
  });

  it('drills down by clicking a breakdown row, keeping the period, and climbs back with the breadcrumb', async () => {
    const { context, page } = await openConsole(browser, t);
    await signInThroughForm(page, 'admin', 'admin-password', '/dashboard?from=2024&to=2024');
    await expectCards(page, await totalsFor(t.admin, { from: '2024', to: '2024' }));

    await page.getByRole('link', { name: '武篆镇' }).click();
    await expectDashboardUrl(page, { divisionId: town, from: '2024', to: '2024' });
    const inTown = await totalsFor(t.admin, { divisionId: town, from: '2024', to: '2024' });
    await expectCards(page, inTown);
    // The county-level service-team record is not the town's.
    expect(inTown.outputValueYuan).toBe('0');

    await page.getByRole('link', { name: '东里村' }).click();
    await expectDashboardUrl(page, { divisionId: village, from: '2024', to: '2024' });
    await expectCards(page, await totalsFor(t.admin, { divisionId: village, from: '2024', to: '2024' }));
    // A village breaks down by base, the bottom of the tree: a row, not a link.
    await page.getByRole('cell', { name: '共耕社产业园' }).waitFor();
    await expect(page.getByRole('link', { name: '共耕社产业园' }).count()).resolves.toBe(0);

    const crumbs = page.getByRole('navigation', { name: '当前位置' });
    await crumbs.getByRole('link', { name: '武篆镇' }).click();
    await expectDashboardUrl(page, { divisionId: town, from: '2024', to: '2024' });
    await expectCards(page, inTown);
    await crumbs.getByRole('link', { name: '全部区划' }).click();
    await expectDashboardUrl(page, { from: '2024', to: '2024' });
    await context.close();
  });

  it('shows a viewer limited to a town only that town, without the 含未审核 switch', async () => {
    const viewer = await clientWithScope(t, 'VIEWER', town);
    const { me } = await viewer.ok<{ me: { username: string } }>('{ me { username } }');
    const expected = await totalsFor(viewer, {});
    expect(expected).toEqual(await totalsFor(t.admin, { divisionId: town }));
    expect(expected).not.toEqual(await totalsFor(t.admin, {}));

    const { context, page } = await openConsole(browser, t);
    await signInThroughForm(page, me.username, SCOPED_PASSWORD);
    await expectCards(page, expected);
    await page.getByRole('link', { name: '东里村' }).waitFor();
    await expect(page.getByRole('link', { name: '长乐镇' }).count()).resolves.toBe(0);
    await expect(page.getByLabel('含未审核').count()).resolves.toBe(0);
    await context.close();
  });

  it('fits a phone: two cards a row, nothing wider than the screen', async () => {
    const { context, page } = await openConsole(browser, t, PHONE);
    await signInThroughForm(page, 'admin', 'admin-password');
    await expectCards(page, await totalsFor(t.admin, {}));
    await page.getByRole('link', { name: '武篆镇' }).waitFor();
    const rent = await page.getByRole('group', { name: '农户租金收入', exact: true }).boundingBox();
    const jobs = await page.getByRole('group', { name: '务工岗位', exact: true }).boundingBox();
    expect(jobs!.y).toBe(rent!.y);
    expect(jobs!.x).toBeGreaterThan(rent!.x);
    expect(jobs!.x + jobs!.width).toBeLessThanOrEqual(PHONE.width);
    const [scrollWidth, innerWidth] = (await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]')) as number[];
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    const directory = screenshotDirectory();
    if (directory) await page.screenshot({ path: join(directory, 'dashboard-phone.png'), fullPage: true });
    await context.close();
  });
});
