import { existsSync } from 'node:fs';

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

import type { TestApp } from './test-app.js';

/**
 * Browser tests drive the machine's own Chromium (Debian's `chromium` package) through
 * playwright-core; Playwright's browser download cannot work on these machines. The binary under
 * /usr/lib/chromium runs cleanly where the /usr/bin/chromium wrapper script prints shell errors.
 */
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string | undefined {
  return CANDIDATES.find((candidate): candidate is string => !!candidate && existsSync(candidate));
}

/**
 * `describe` for a browser test file: skipped, and said so in the test names, where no Chromium is
 * found — unless REQUIRE_BROWSER is set (as `.ci/run` does), where a missing Chromium fails.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumPath() || process.env.REQUIRE_BROWSER) {
    describe(name, body);
    return;
  }
  // Straight to the terminal (jest buffers console output): a skipped browser test is said plainly.
  process.stderr.write(
    `\nSKIPPED browser tests "${name}": no Chromium found (apt-get install chromium fonts-noto-cjk, or set CHROMIUM_PATH)\n`,
  );
  describe.skip(`${name} (skipped: no Chromium found)`, body);
}

/** Chromium as these machines need it: headless, and never reaching for outside hosts (the network is closed). */
// Playwright gives every launch a fresh, throwaway profile of its own.
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found (apt-get install chromium fonts-noto-cjk, or set CHROMIUM_PATH)');
  return chromium.launch({
    executablePath,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const DESKTOP = { width: 1366, height: 860 };
/** A common Android phone's viewport. */
export const PHONE = { width: 390, height: 844 };

/** A fresh browser context (its own storage: a new user) on the app, in Chinese. */
export async function openConsole(browser: Browser, t: TestApp, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: t.url,
    viewport,
    locale: 'zh-CN',
    isMobile: viewport.width < 500,
    hasTouch: viewport.width < 500,
  });
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the console's own form, as a person would, and waits for the dashboard. */
export async function signInThroughForm(page: Page, username: string, password: string, path = '/dashboard'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Where screenshots for the README go (`SCREENSHOTS=docs/screenshots npm run test:e2e -- test/browser`). */
export function screenshotDirectory(): string | undefined {
  return process.env.SCREENSHOTS;
}

/** The console's stored session in the page's localStorage (the key session.ts uses). */
const SESSION_KEY = 'rural-console-session';

export async function storedSession(page: Page): Promise<{ token: string; expiresAt: string } | null> {
  return JSON.parse((await page.evaluate(`localStorage.getItem(${JSON.stringify(SESSION_KEY)})`)) ?? 'null');
}

export async function storeSession(page: Page, stored: { token: string; expiresAt: string }): Promise<void> {
  await page.evaluate(`localStorage.setItem(${JSON.stringify(SESSION_KEY)}, ${JSON.stringify(JSON.stringify(stored))})`);
}
