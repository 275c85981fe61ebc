import type { Browser } from 'playwright-core';

import { graphql } from '../generated/gql.js';
import { describeInBrowser, launchBrowser, openConsole, signInThroughForm } from '../support/browser.js';
import { freshUsername, SCOPED_PASSWORD } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const USERS = graphql(`
  query BrowserAdminUsers {
    users(take: 100) {
      items {
        username
        role
        divisionId
      }
    }
  }
`);
const CREATE_USER = graphql(`
  mutation BrowserAdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

// Accounts and API keys as an administrator manages them in the console.
describeInBrowser('the console: accounts and API keys', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Calls the API with a bearer token as another system would: the answer's `whoAmI`, or its error code. */
  async function whoAmI(token: string): Promise<{ name?: string; code?: string }> {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ whoAmI { name } }' }),
    });
    const body = (await response.json()) as { data?: { whoAmI: { name: string } }; errors?: Array<{ extensions: { code: string } }> };
    return body.data ? { name: body.data.whoAmI.name } : { code: body.errors?.[0].extensions.code };
  }

  it("creates an account (the server's password rule shown at the field), and its owner signs in", async () => {
    const { page } = await openConsole(browser, t);
    await signInThroughForm(page, 'admin', 'admin-password', '/admin/users');
    const username = freshUsername('clerk');

    await page.getByRole('button', { name: '新建账号' }).click();
    const dialog = page.getByRole('dialog', { name: '新建账号' });
    await dialog.getByLabel('用户名').fill(username);
    await dialog.getByLabel('初始密码').fill('short');
    await dialog.getByRole('button', { name: '保存' }).click();
    const refusal = await t.admin.request(CREATE_USER, { input: { username, password: 'short', role: 'EDITOR' } });
    const passwordMessage = refusal.errors?.[0]?.extensions?.fields?.find((problem) => problem.field.endsWith('password'))?.message;
    expect(passwordMessage).toBeTruthy();
    await dialog.getByText(passwordMessage as string).waitFor();

    await dialog.getByLabel('初始密码').fill(SCOPED_PASSWORD);
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText(`已新建账号 ${username}`).waitFor();
    await page.getByRole('region', { name: '账号' }).getByRole('cell', { name: username, exact: true }).waitFor();
    const stored = (await t.admin.ok(USERS)).users.items.find((user) => user.username === username);
    expect(stored).toEqual({ username, role: 'EDITOR', divisionId: null });

    const other = await openConsole(browser, t);
    await signInThroughForm(other.page, username, SCOPED_PASSWORD);
    const who = await other.page.getByRole('region', { name: '当前用户' }).textContent();
    expect(who).toContain(username);
    expect(who).toContain('录入员');
    await other.context.close();
  });

  it('creates an API key shown once, which works until it is revoked', async () => {
    const { page } = await openConsole(browser, t);
    await signInThroughForm(page, 'admin', 'admin-password', '/admin/api-keys');
    const name = `市级数据平台 ${freshUsername('key')}`;

    await page.getByRole('button', { name: '新建接口密钥' }).click();
    const form = page.getByRole('dialog', { name: '新建接口密钥' });
    await form.getByLabel('名称（用途）').fill(name);
    await form.getByRole('button', { name: '生成密钥' }).click();
    const shown = page.getByRole('dialog', { name: '接口密钥已生成' });
    await shown.getByText('密钥只显示这一次').waitFor();
    const key = await shown.getByLabel('密钥').inputValue();
    expect(key.length).toBeGreaterThan(20);
    await expect(whoAmI(key)).resolves.toEqual({ name });

    await shown.getByRole('button', { name: '我已保存，关闭' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
    await row.getByText('有效').waitFor();
    await row.getByRole('button', { name: `吊销 ${name}` }).click();
    await page.getByRole('dialog', { name: '吊销接口密钥' }).getByRole('button', { name: '吊销' }).click();
    await page.getByText(`已吊销“${name}”`).waitFor();
    await row.getByText('已吊销').waitFor();
    await expect(whoAmI(key)).resolves.toEqual({ code: 'UNAUTHENTICATED' });
  });
});
