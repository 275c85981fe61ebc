import { startTestApp, type TestApp } from '../support/test-app.js';

// A newcomer's first minutes: `/` opens the web console and the explorer works without internet —
// the pages and every file they load come from this server.

/** Every src= and href= of a page, in order. */
function referencesOf(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
}

/**
 * Names, not addresses the page loads: XML namespaces in the bundled libraries' SVG code, and the
 * projects' own sites in their licence comments.
 */
function isHarmlessReference(url: string): boolean {
  return /^http:\/\/www\.w3\.org\//.test(url) || /^https?:\/\/(github\.com|vuejs\.org|element-plus\.org|echarts\.apache\.org)/.test(url);
}

/** Absolute http(s) URLs in a text that point anywhere but `origin`. */
function outsideUrls(text: string, origin: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'`<>)]+/g)].map((match) => match[0]).filter((url) => !url.startsWith(origin));
}

describe('the pages a newcomer opens', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('answers GET / and client routes with the console page, whose every script and stylesheet comes from the app', async () => {
    const response = await fetch(`${t.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const html = await response.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(outsideUrls(html, t.url)).toEqual([]);
    const assets = referencesOf(html).filter((reference) => !reference.startsWith('data:'));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset).toMatch(/^\/assets\/[^/]+$/);
      const file = await fetch(new URL(asset, t.url));
      expect({ asset, status: file.status }).toEqual({ asset, status: 200 });
      expect(file.headers.get('cache-control')).toContain('immutable');
      if (asset.endsWith('.js')) expect(file.headers.get('content-encoding')).toBe('gzip'); // fetch asks for gzip and unpacks it
      expect(outsideUrls(await file.text(), t.url).filter((url) => !isHarmlessReference(url))).toEqual([]);
    }
    // A link to a console page (a client-side route) answers the same page.
    const dashboard = await fetch(`${t.url}/dashboard?divisionId=1&from=2024&to=2025`);
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toBe(html);
  });

  it("answers the server's own refusal, not the console page, for a missing asset or a GET under its own paths", async () => {
    for (const path of ['/assets/missing.js', '/exports/nothing.xlsx', '/templates/nothing.xlsx', '/health/nothing']) {
      const response = await fetch(`${t.url}${path}`);
      await response.arrayBuffer();
      const html = response.headers.get('content-type')?.startsWith('text/html') ?? false;
      expect({ path, status: response.status, html }).toEqual({
        path,
        status: /^\/(exports|templates)\//.test(path) ? 401 : 404,
        html: false,
      });
    }
  });

  it('serves the explorer page and every script and stylesheet it references from the app itself', async () => {
    const response = await fetch(`${t.url}/explorer`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    const assets = referencesOf(html).filter((reference) => !reference.startsWith('data:') && reference !== '/');
    expect(assets).toEqual(
      expect.arrayContaining([
        '/explorer/assets/react.production.min.js',
        '/explorer/assets/react-dom.production.min.js',
        '/explorer/assets/graphiql.min.js',
        '/explorer/assets/graphiql.min.css',
        '/explorer/assets/explorer.browser.js',
      ]),
    );
    for (const asset of assets) {
      expect(asset).toMatch(/^\/[^/]/); // a path on this server, never a //host or http(s) URL
      const file = await fetch(new URL(asset, t.url));
      expect({ asset, status: file.status }).toEqual({ asset, status: 200 });
      expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
    expect(outsideUrls(html, t.url)).toEqual([]);
    const entry = await (await fetch(`${t.url}/explorer/assets/explorer.browser.js`)).text();
    expect(entry).toContain("fetch('/graphql'");
    expect(outsideUrls(entry, t.url)).toEqual([]);
  });

  it('refuses asset names it does not know', async () => {
    for (const name of ['package.json', '..%2F..%2Fpackage.json', 'explorer.controller.js']) {
      const response = await fetch(`${t.url}/explorer/assets/${name}`);
      await response.arrayBuffer();
      expect(response.status).toBe(404);
    }
  });

  it('sends a browser opening /graphql to the explorer, and leaves POST /graphql as it was', async () => {
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/explorer');
    await page.arrayBuffer();

    const operation = await t.admin.request<{ __typename: string }>('{ __typename }');
    expect(operation).toMatchObject({ status: 200, data: { __typename: 'Query' } });
    // A GET operation is still Apollo's (refused by CSRF prevention without the preflight header).
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'text/html' } });
    await get.arrayBuffer();
    expect(get.status).toBe(400);
  });

  it('signs in through the login mutation the explorer sends, and the token opens the schema', async () => {
    const entry = await (await fetch(`${t.url}/explorer/assets/explorer.browser.js`)).text();
    const login = /'(mutation Login[^']+)'/.exec(entry)?.[1];
    expect(login).toBeDefined();
    const signedIn = await t.anonymous.ok<{ login: { token: string } }>(login!, { username: 'admin', password: 'admin-password' });
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${signedIn.login.token}` },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(await response.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});
