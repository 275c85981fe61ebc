import type { Browser } from 'playwright-core';

import { describeInBrowser, launchBrowser, openConsole, signInThroughForm, storedSession, storeSession } from '../support/browser.js';
import { SCOPED_PASSWORD } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Signing in and out of the console in a real Chromium, and what happens when the session ends.
describeInBrowser('the console: sign-in, who is signed in, sign-out', () => {
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

  it('sends a signed-out visitor to the sign-in page, and back to the page asked for after signing in', async () => {
    const { context, page } = await openConsole(browser, t);
    await page.goto('/dashboard?from=2024');
    await page.waitForURL(/\/login\?next=/);
    await signInThroughForm(page, 'admin', 'admin-password', page.url());
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/dashboard?from=2024');
    const who = page.getByRole('region', { name: '当前用户' });
    await expect(who.textContent()).resolves.toContain('admin');
    await expect(who.textContent()).resolves.toContain('管理员');
    await expect(who.textContent()).resolves.toContain('全部区划');
    await context.close();
  });

  it("shows the server's Chinese message for a wrong password and stays on the sign-in page", async () => {
    const { context, page } = await openConsole(browser, t);
    await page.goto('/login');
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/用户名或密码/);
    expect(new URL(page.url()).pathname).toBe('/login');
    await context.close();
  });

  it('shows a limited user their role and division', async () => {
    const { createDivision: division } = await t.admin.ok<{ createDivision: { id: string; name: string } }>(
      'mutation($input: CreateDivisionInput!) { createDivision(input: $input) { id name } }',
      { input: { name: '武篆镇', level: 'TOWN' } },
    );
    const username = `viewer-${Date.now().toString(36)}`;
    await t.admin.ok('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { username, password: SCOPED_PASSWORD, role: 'VIEWER', divisionId: division.id },
    });
    const { context, page } = await openConsole(browser, t);
    await signInThroughForm(page, username, SCOPED_PASSWORD);
    const who = await page.getByRole('region', { name: '当前用户' }).textContent();
    expect(who).toContain('查看者');
    expect(who).toContain(division.name);
    await context.close();
  });

  it('signs out: the token stops working on the server and the sign-in page says so', async () => {
    const { context, page } = await openConsole(browser, t);
    await signInThroughForm(page, 'admin', 'admin-password');
    const token = (await storedSession(page))?.token;
    expect(token).toBeTruthy();
    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForURL(/\/login/);
    await expect(page.getByText('您已退出登录').isVisible()).resolves.toBe(true);
    const after = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    const body = (await after.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await context.close();
  });

  it('ends an expired session at the next visit with the reason shown', async () => {
    const { context, page } = await openConsole(browser, t);
    await signInThroughForm(page, 'admin', 'admin-password');
    const stored = await storedSession(page);
    await storeSession(page, { token: stored!.token, expiresAt: new Date(Date.now() - 1000).toISOString() });
    await page.goto('/dashboard');
    await page.waitForURL(/\/login/);
    await expect(page.getByText('登录已过期').isVisible()).resolves.toBe(true);
    await context.close();
  });
});
