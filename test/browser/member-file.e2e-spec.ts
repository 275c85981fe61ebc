import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';

import { graphql } from '../generated/gql.js';
import type { SaveDutyRuleSetInput } from '../generated/graphql.js';
import { approveAllRecords } from '../support/approval.js';
import {
  describeInBrowser,
  DESKTOP,
  launchBrowser,
  openConsole,
  PHONE,
  screenshotDirectory,
  signInThroughForm,
} from '../support/browser.js';
import { freshUsername, SCOPED_PASSWORD } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE_DIVISION = graphql(`
  mutation MemberFileCreateDivision($input: CreateDivisionInput!) {
    createDivision(input: $input) {
      id
    }
  }
`);
const CREATE_MEMBER = graphql(`
  mutation MemberFileCreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      id
    }
  }
`);
const CREATE_ENTERPRISE = graphql(`
  mutation MemberFileCreateEnterprise($input: CreateEnterpriseInput!) {
    createEnterprise(input: $input) {
      id
    }
  }
`);
const CREATE_BASE = graphql(`
  mutation MemberFileCreateBase($input: CreateBaseInput!) {
    createBase(input: $input) {
      id
    }
  }
`);
const CREATE_MATCH = graphql(`
  mutation MemberFileCreateMatch($input: CreateMatchInput!) {
    createMatch(input: $input) {
      id
    }
  }
`);
const RECORD_OUTCOME = graphql(`
  mutation MemberFileRecordOutcome($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
    }
  }
`);
const CREATE_TEAM = graphql(`
  mutation MemberFileCreateTeam($input: CreateServiceTeamInput!) {
    createServiceTeam(input: $input) {
      id
    }
  }
`);
const RECORD_ACTIVITY = graphql(`
  mutation MemberFileRecordActivity($input: RecordServiceActivityInput!) {
    recordServiceActivity(input: $input) {
      id
    }
  }
`);
const RECORD_EVENT = graphql(`
  mutation MemberFileRecordEvent($input: RecordDutyEventInput!) {
    recordDutyEvent(input: $input) {
      id
    }
  }
`);
const PROPOSED_RULES = graphql(`
  query MemberFileProposedRules($year: Int!) {
    proposedDutyRuleSet(year: $year) {
      year
      basePoints
      excellentFrom
      goodFrom
      competentFrom
      categories {
        code
        name
        cap
        floor
      }
      items {
        fact
        category
        points
      }
    }
  }
`);
const SAVE_RULES = graphql(`
  mutation MemberFileSaveRules($input: SaveDutyRuleSetInput!) {
    saveDutyRuleSet(input: $input) {
      version
    }
  }
`);
const RULES = graphql(`
  query MemberFileRules($year: Int!) {
    dutyRuleSet(year: $year) {
      version
      categories {
        code
        cap
      }
    }
  }
`);
const RANKING = graphql(`
  query MemberFileRanking($year: Int!) {
    dutyRanking(year: $year, take: 100) {
      items {
        rank
        total
        grade
        member {
          id
        }
      }
    }
  }
`);
const FILE = graphql(`
  query MemberFileOfMember($memberId: ID!, $year: Int!) {
    memberDutyFile(memberId: $memberId, year: $year) {
      total
      grade
      categories {
        code
        raw
        counted
      }
      points {
        sourceKind
        title
      }
      brokeredMatches {
        title
        figures {
          householdRentYuan
          jobsPersonTimes
          collectiveIncomeYuan
        }
      }
    }
  }
`);
const CREATE_USER = graphql(`
  mutation MemberFileCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

const SET_POST = graphql(`
  mutation MemberFileSetPost($input: SetCommitteePostInput!) {
    setCommitteePost(input: $input) {
      id
    }
  }
`);

const GRADES: Record<string, string> = { EXCELLENT: '优秀', GOOD: '良好', COMPETENT: '称职', INCOMPETENT: '不称职' };
const MEMBER = '韦履职';
const RESEARCH = '2024年葡萄产业调研视察';

/** The `<data value>` of the file's 总分 group, once it shows `expected` (or after 15 s, whatever it shows). */
async function fileTotal(page: Page, expected: number): Promise<string | null> {
  const total = page.getByRole('group', { name: '总分', exact: true }).locator('data');
  await page
    .waitForFunction(
      `document.querySelector('[aria-labelledby=member-file-total] data')?.getAttribute('value') === ${JSON.stringify(String(expected))}`,
      undefined,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  return total.getAttribute('value');
}

// 履职积分 in a real Chromium: the ranking, a member's file (一人一档) with its evidence and the
// matches' figures, the phone layout, who may enter events, and the yearly rules changing a score.
describeInBrowser('duty points: ranking, a member’s file and the yearly rules', () => {
  let t: TestApp;
  let browser: Browser;
  let memberId: string;
  const editor = freshUsername('clerk');
  const ownAccount = freshUsername('member');

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    const county = (await t.admin.ok(CREATE_DIVISION, { input: { name: '东兰县', level: 'COUNTY' } })).createDivision.id;
    const town = (await t.admin.ok(CREATE_DIVISION, { input: { name: '武篆镇', level: 'TOWN', parentId: county } })).createDivision.id;
    const village = (await t.admin.ok(CREATE_DIVISION, { input: { name: '东里村', level: 'VILLAGE', parentId: town } })).createDivision.id;
    memberId = (await t.admin.ok(CREATE_MEMBER, { input: { name: MEMBER, sector: '经济界', title: '县政协委员', divisionId: county } }))
      .createMember.id;
    const other = (await t.admin.ok(CREATE_MEMBER, { input: { name: '覃缺席', sector: '农业界', divisionId: county } })).createMember.id;

    const { proposedDutyRuleSet: proposal } = await t.admin.ok(PROPOSED_RULES, { year: 2024 });
    await t.admin.ok(SAVE_RULES, { input: proposal as SaveDutyRuleSetInput });

    // 会议 14: present at the 全体会议 (+10) and a 常委会议 (+4); 活动 7: a 调研视察 (+2) with a speech (+5).
    const event = (kind: string, title: string, heldOn: string, participants: unknown[]) =>
      t.admin.ok(RECORD_EVENT, { input: { divisionId: county, kind, title, heldOn, participants } as never });
    await event('PLENARY', '县政协十届三次全体会议', '2024-01-15', [
      { memberId, attendance: 'PRESENT' },
      { memberId: other, attendance: 'ABSENT' },
    ]);
    await event('STANDING', '县政协常委会第五次会议', '2024-03-01', [
      { memberId, attendance: 'PRESENT' },
      { memberId: other, attendance: 'EXCUSED' },
    ]);
    await event('RESEARCH', RESEARCH, '2024-04-10', [{ memberId, attendance: 'PRESENT', speeches: 1 }]);

    // 服务乡村振兴 18, held at the cap of 15: an OPERATING match (+10) and eight visits of the member's team (+8).
    const enterpriseId = (await t.admin.ok(CREATE_ENTERPRISE, { input: { name: '广西共耕农业有限公司' } })).createEnterprise.id;
    const baseId = (await t.admin.ok(CREATE_BASE, { input: { name: '共耕社产业园', villageId: village, areaMu: '500' } })).createBase.id;
    const matchId = (
      await t.admin.ok(CREATE_MATCH, {
        input: { enterpriseId, villageId: village, baseId, brokerIds: [memberId], status: 'OPERATING', signedOn: '2023-06-01' },
      })
    ).createMatch.id;
    await t.admin.ok(RECORD_OUTCOME, {
      input: {
        period: '2024',
        baseId,
        matchId,
        householdRentYuan: '200000',
        jobsPersonTimes: '8200',
        collectiveIncomeYuan: '100000',
        atLeast: true,
        source: '广西政协报 2025-09-18',
      },
    });
    await approveAllRecords(t);
    const teamId = (await t.admin.ok(CREATE_TEAM, { input: { name: '农业科技服务团', leaderId: memberId } })).createServiceTeam.id;
    for (const month of ['01', '02', '03', '04', '05', '06', '07', '08']) {
      await t.admin.ok(RECORD_ACTIVITY, { input: { teamId, baseId, date: `2024-${month}-20`, topic: '葡萄修剪技术培训' } });
    }

    await t.admin.ok(CREATE_USER, { input: { username: editor, password: SCOPED_PASSWORD, role: 'EDITOR', divisionId: null } });
    const { createUser } = await t.admin.ok(CREATE_USER, {
      input: { username: ownAccount, password: SCOPED_PASSWORD, role: 'VIEWER', divisionId: null },
    });
    await t.admin.ok(SET_POST, { input: { userId: createUser.id, kind: 'MEMBER', memberId } });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('ranks the member with the API’s total and grade, and opens the file whose 总分 is memberDutyFile.total', async () => {
    const { dutyRanking } = await t.admin.ok(RANKING, { year: 2024 });
    const ranked = dutyRanking.items.find((row) => row.member.id === memberId)!;
    const { memberDutyFile: file } = await t.admin.ok(FILE, { memberId, year: 2024 });
    // The setup is what the test thinks it is: 14 + 7 + 15 (18 capped) = 36, 不称职.
    expect([ranked.rank, ranked.total, ranked.grade, file.total]).toEqual([1, 36, 'INCOMPETENT', 36]);
    expect(file.categories.find((category) => category.code === 'RURAL')).toEqual({ code: 'RURAL', raw: 18, counted: 15 });

    const { context, page } = await openConsole(browser, t, DESKTOP);
    await signInThroughForm(page, 'admin', 'admin-password', '/committee/duty-ranking?year=2024');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: MEMBER, exact: true }) });
    await row.waitFor();
    await expect(row.locator('data').getAttribute('value')).resolves.toBe(String(ranked.total));
    await expect(row.textContent()).resolves.toContain(GRADES[ranked.grade]);

    await row.getByRole('link', { name: MEMBER, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/committee/members/${memberId}/file` && url.searchParams.get('year') === '2024');
    expect(await fileTotal(page, file.total)).toBe(String(file.total));
    await expect(page.getByRole('group', { name: '等级', exact: true }).textContent()).resolves.toContain(GRADES[file.grade]);

    // Every point names its record (the research visit gives two: present, and a speech); an
    // event's opens the events list on that day.
    const points = page.getByRole('region', { name: '积分明细' });
    await expect(points.getByRole('link', { name: RESEARCH }).count()).resolves.toBe(2);
    const evidence = points.getByRole('link', { name: RESEARCH }).first();
    await expect(evidence.getAttribute('href')).resolves.toBe(`/committee/duty-events?memberId=${memberId}&from=2024-04-10&to=2024-04-10`);
    expect(file.points.filter((point) => point.sourceKind === 'SERVICE_ACTIVITY')).toHaveLength(8);

    // The brokered match's figures for the year, in the units leaders quote, with the exact decimals.
    const match = page.getByRole('group', { name: file.brokeredMatches[0].title });
    await expect(match.locator('data').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('value')))).resolves.toEqual([
      file.brokeredMatches[0].figures.householdRentYuan,
      file.brokeredMatches[0].figures.jobsPersonTimes,
      file.brokeredMatches[0].figures.collectiveIncomeYuan,
    ]);
    await expect(match.textContent()).resolves.toMatch(/20余万元.*8200余人次.*10万元以上/);

    const directory = screenshotDirectory();
    if (directory) await page.screenshot({ path: join(directory, 'member-file.png'), fullPage: true });

    await evidence.click();
    await page.waitForURL((url) => url.pathname === '/committee/duty-events');
    // (Element Plus draws a fixed 操作 column as a second copy of the table.)
    await page.getByRole('cell', { name: RESEARCH, exact: true }).first().waitFor();
    await expect(page.getByRole('cell', { name: '县政协十届三次全体会议', exact: true }).count()).resolves.toBe(0);
    await context.close();
  });

  it('says a year without saved rules has no scores, and points the administrator to 积分规则', async () => {
    const { context, page } = await openConsole(browser, t);
    await signInThroughForm(page, 'admin', 'admin-password', '/committee/duty-ranking?year=2023');
    await page.getByText('2023 年的履职积分规则尚未保存').waitFor();
    await expect(page.getByRole('link', { name: '积分规则', exact: true }).last().getAttribute('href')).resolves.toBe(
      '/committee/duty-rules?year=2023',
    );
    await context.close();
  });

  it('fits a phone: the file has no horizontal overflow', async () => {
    const { context, page } = await openConsole(browser, t, PHONE);
    await signInThroughForm(page, 'admin', 'admin-password', `/committee/members/${memberId}/file?year=2024`);
    expect(await fileTotal(page, 36)).toBe('36');
    await page.getByRole('region', { name: '积分明细' }).waitFor();
    const [scrollWidth, innerWidth] = (await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]')) as number[];
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await context.close();
  });

  it('shows an editor without the 政协办 post the events, but no 新增', async () => {
    const { context, page } = await openConsole(browser, t);
    await signInThroughForm(page, editor, SCOPED_PASSWORD, '/committee/duty-events?year=2024');
    await page.getByRole('cell', { name: RESEARCH }).waitFor();
    await expect(page.getByRole('button', { name: '新增履职活动' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '编辑' }).count()).resolves.toBe(0);
    // The office (an administrator counts as 政协办) gets it.
    const office = await openConsole(browser, t);
    await signInThroughForm(office.page, 'admin', 'admin-password', '/committee/duty-events?year=2024');
    await office.page.getByRole('button', { name: '新增履职活动' }).waitFor();
    await office.context.close();
    await context.close();
  });

  it('gives a member’s own account 我的履职档案: its own file, and no 积分规则', async () => {
    const { context, page } = await openConsole(browser, t);
    await signInThroughForm(page, ownAccount, SCOPED_PASSWORD);
    const menu = page.getByRole('navigation', { name: '主菜单', exact: true });
    await menu.getByText('我的履职档案').click();
    await page.waitForURL((url) => url.pathname === '/committee/my-file');
    await page.goto('/committee/my-file?year=2024');
    expect(await fileTotal(page, 36)).toBe('36');
    await expect(menu.getByText('积分规则', { exact: true }).count()).resolves.toBe(0);
    await context.close();
  });

  it('saves a changed cap on the rules page, and the file’s total follows', async () => {
    const before = (await t.admin.ok(FILE, { memberId, year: 2024 })).memberDutyFile.total;
    const { context, page } = await openConsole(browser, t);
    await signInThroughForm(page, 'admin', 'admin-password', '/committee/duty-rules?year=2024');
    await page.getByText('已保存', { exact: true }).waitFor();
    const cap = page.getByRole('group', { name: '类别 服务乡村振兴' }).getByLabel('封顶分');
    await cap.fill('20');
    await cap.press('Tab');
    await page.getByRole('button', { name: '保存 2024 年规则' }).click();
    await page.getByText('已保存 2024 年的积分规则').waitFor();

    const { dutyRuleSet } = await t.admin.ok(RULES, { year: 2024 });
    expect(dutyRuleSet?.categories.find((category) => category.code === 'RURAL')?.cap).toBe(20);
    const after = (await t.admin.ok(FILE, { memberId, year: 2024 })).memberDutyFile.total;
    // 服务乡村振兴's 18 now counts whole: three points more.
    expect(after).toBe(before + 3);
    await page.goto(`/committee/members/${memberId}/file?year=2024`);
    expect(await fileTotal(page, after)).toBe(String(after));
    await context.close();
  });
});
