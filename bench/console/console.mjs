// CONSOLE, the web console's part of `npm run bench` (issue 10): the dashboard's JavaScript on
// first load (gzipped, as the server sends it) and the time from navigation to its figures shown,
// in Debian's Chromium against the running app, beside the same filter's impactSummary asked over
// GraphQL from here in the same run (the reference: what the page cannot be faster than).
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

import { chromium } from 'playwright-core';

import { post } from '../http.mjs';

/** The six figure cards' accessible names (api.md, "Console"). */
const CARDS = ['农户租金收入', '务工岗位', '村集体经济增收', '基地面积', '产值', '带动农户'];
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => path && existsSync(path));
/** The budgets of issue 10. */
export const JS_BUDGET_BYTES = 400 * 1024;
export const FIGURES_BUDGET_MS = 1500;

/**
 * `views`: [{ name, query }] dashboard URLs' query strings (e.g. the whole scope; a town). Each is
 * loaded `rounds` times cold (a new browser context: empty cache, the way a leader's phone opens
 * a shared link) and `rounds` times warm (the same context navigating again).
 */
export async function measureConsole({ app, views, rounds, log }) {
  if (!CHROMIUM) return { available: false, reason: 'no Chromium (apt-get install chromium)' };
  const base = app.url.replace(/\/graphql$/, '');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const results = [];
    for (const view of views) {
      const cold = [];
      const warm = [];
      let scripts = null;
      for (let round = 0; round < rounds; round++) {
        const context = await browser.newContext({ baseURL: base, viewport: { width: 1366, height: 860 } });
        // The session the console keeps after signing in: the page opens straight on the dashboard.
        const session = JSON.stringify({ token: app.token, expiresAt: new Date(Date.now() + 36e5).toISOString() });
        await context.addInitScript(`localStorage.setItem('rural-console-session', ${JSON.stringify(session)})`);
        const page = await context.newPage();
        const transfer = round === 0 ? countScripts(page) : null;
        cold.push(await figuresShownAfter(page, `/dashboard${view.query}`));
        if (transfer) scripts = await transfer.total();
        warm.push(await figuresShownAfter(page, `/dashboard${view.query}`));
        await context.close();
      }
      const reference = await referenceReport(app, view.filter, rounds);
      const result = { view: view.name, query: view.query, scripts, coldMs: median(cold), warmMs: median(warm), cold, warm, reference };
      log(
        `  ${view.name}: figures shown ${result.coldMs.toFixed(0)} ms cold, ${result.warmMs.toFixed(0)} ms warm; impactSummary alone ${reference.ms.toFixed(0)} ms; scripts ${kb(scripts.gzipBytes)} gzipped in ${scripts.files} files`,
      );
      results.push(result);
    }
    return { available: true, chromium: browser.version(), rounds, views: results };
  } finally {
    await browser.close();
  }
}

/** Milliseconds from navigation start until every figure card holds its `<data value>`. */
async function figuresShownAfter(page, path) {
  await page.goto(path, { waitUntil: 'commit' });
  for (const name of CARDS) await page.getByRole('group', { name }).locator('data[value]').waitFor({ timeout: 60_000 });
  const shown = await page.evaluate('performance.now()');
  // The page goes on to read the breakdown, the trend and the sentences: let it finish (charts
  // drawn, no skeleton left, or an error shown), so the next measurement does not start while the
  // server still works for this one.
  await page.locator('canvas').nth(1).or(page.locator('.el-alert--error')).first().waitFor({ timeout: 300_000 });
  await page.locator('.el-skeleton').first().waitFor({ state: 'detached', timeout: 300_000 });
  return shown;
}

/** Every script the page loads, with the bytes that crossed the wire (gzipped by the server) and unpacked. */
function countScripts(page) {
  const seen = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'script') seen.push(request);
  });
  return {
    async total() {
      let gzipBytes = 0;
      let bytes = 0;
      for (const request of seen) {
        const sizes = await request.sizes();
        gzipBytes += sizes.responseBodySize;
        bytes += (await (await request.response())?.body())?.length ?? 0;
      }
      return { files: seen.length, gzipBytes, bytes };
    },
  };
}

/** The same figures asked over GraphQL from here: the report the page waits for, without the page. */
async function referenceReport(app, filter, rounds) {
  const times = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    const answer = await post(app.url, app.token, {
      query: 'query($filter: ImpactFilter) { impactSummary(filter: $filter) { totals { householdRentYuan jobsPersonTimes records } } }',
      variables: { filter },
    });
    if (answer.errors) throw new Error(`impactSummary failed: ${JSON.stringify(answer.errors)}`);
    times.push(performance.now() - started);
  }
  return { ms: median(times), times };
}

export function consoleTargets(result) {
  if (!result.available) return [{ target: 'CONSOLE dashboard budgets', measured: result.reason, met: null }];
  const list = [];
  for (const view of result.views) {
    list.push({
      target: `CONSOLE ${view.view}: JavaScript on first load ≤ 400 KB gzipped`,
      measured: kb(view.scripts.gzipBytes),
      met: view.scripts.gzipBytes <= JS_BUDGET_BYTES,
    });
    list.push({
      target: `CONSOLE ${view.view}: figures shown ≤ 1.5 s after navigation (cold)`,
      measured: `${view.coldMs.toFixed(0)} ms (impactSummary alone ${view.reference.ms.toFixed(0)} ms, ×${(view.coldMs / view.reference.ms).toFixed(1)})`,
      met: view.coldMs <= FIGURES_BUDGET_MS,
    });
  }
  return list;
}

export function printConsole(result) {
  if (!result.available) return;
  console.log('\nCONSOLE (Chromium, desktop viewport; medians)');
  console.log('view | figures shown cold | warm | impactSummary alone | scripts gzipped (unpacked)');
  for (const view of result.views)
    console.log(
      `${view.view} | ${view.coldMs.toFixed(0)} ms | ${view.warmMs.toFixed(0)} ms | ${view.reference.ms.toFixed(0)} ms | ${kb(view.scripts.gzipBytes)} (${kb(view.scripts.bytes)})`,
    );
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
