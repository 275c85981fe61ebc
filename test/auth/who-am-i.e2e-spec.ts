import { divisionFixture } from '../support/fixtures.js';
import { clientWithKey, clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// `whoAmI` answers every caller — a user or an API key, limited to a division or not — while
// `me` stays the signed-in user's account.

const WHO_AM_I = `{ whoAmI { kind id name role division { id name } } }`;
const ME = `{ me { id username } }`;

describe('whoAmI', () => {
  let t: TestApp;
  let county: string;
  let countyName: string;

  beforeAll(async () => {
    t = await startTestApp();
    const province = await divisionFixture(t, 'PROVINCE', null, '测试省');
    const city = await divisionFixture(t, 'CITY', province, '测试市');
    county = await divisionFixture(t, 'COUNTY', city, '测试县');
    const read = await t.admin.ok<{ division: { name: string } }>(`query($id: ID!) { division(id: $id) { name } }`, { id: county });
    countyName = read.division.name;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('names the administrator, a user of the whole database', async () => {
    const { me } = await t.admin.ok<{ me: { id: string; username: string } }>(ME);
    const { whoAmI } = await t.admin.ok(WHO_AM_I);
    expect(whoAmI).toEqual({ kind: 'USER', id: me.id, name: 'admin', role: 'ADMIN', division: null });
  });

  it('names a user limited to a division, with that division', async () => {
    const clerk = await clientWithScope(t, 'EDITOR', county);
    const { me } = await clerk.ok<{ me: { id: string; username: string } }>(ME);
    const { whoAmI } = await clerk.ok(WHO_AM_I);
    expect(whoAmI).toEqual({
      kind: 'USER',
      id: clerk.userId,
      name: me.username,
      role: 'EDITOR',
      division: { id: county, name: countyName },
    });
  });

  it.each([
    ['a key of the whole database', 'VIEWER', false],
    ['a key limited to a division', 'EDITOR', true],
  ] as const)('names %s, where me answers NOT_FOUND', async (_label, role, scoped) => {
    const key = await clientWithKey(t, role, scoped ? county : null);
    const { apiKeys } = await t.admin.ok<{ apiKeys: { items: { id: string; name: string }[] } }>(
      `{ apiKeys(take: 100) { items { id name } } }`,
    );
    const name = apiKeys.items.find((item) => item.id === key.keyId)?.name;
    const { whoAmI } = await key.ok(WHO_AM_I);
    expect(whoAmI).toEqual({
      kind: 'API_KEY',
      id: key.keyId,
      name,
      role,
      division: scoped ? { id: county, name: countyName } : null,
    });
    expect((await key.fails(ME)).extensions?.code).toBe('NOT_FOUND');
  });

  it('needs a token', async () => {
    expect((await t.anonymous.fails(WHO_AM_I)).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
