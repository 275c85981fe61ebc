import { createHash } from 'node:crypto';

import { graphql } from '../generated/gql.js';
import { sql } from '../support/database.js';
import { GraphqlClient } from '../support/graphql-client.js';
import { freshUsername, SCOPED_PASSWORD } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ME = graphql(`
  query SessionsMe {
    me {
      id
      username
    }
  }
`);
const LOGIN = graphql(`
  mutation SessionsLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
    }
  }
`);
const LOGOUT = graphql(`
  mutation SessionsLogout {
    logout
  }
`);
const CHANGE_PASSWORD = graphql(`
  mutation SessionsChangePassword($old: String!, $new: String!) {
    changePassword(oldPassword: $old, newPassword: $new)
  }
`);
const CREATE_USER = graphql(`
  mutation SessionsCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);
const CHINESE = /[\u4e00-\u9fff]/;

/** What the server keeps instead of a token. */
function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

describe('sessions: logout, expiry, password changes and lockout', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A new VIEWER account (the least role: every session operation must work for it) and its username. */
  async function newViewer(): Promise<{ username: string; client: GraphqlClient }> {
    const username = freshUsername('viewer');
    await t.admin.ok(CREATE_USER, { input: { username, password: SCOPED_PASSWORD, role: 'VIEWER' } });
    return { username, client: await t.anonymous.signIn(username, SCOPED_PASSWORD) };
  }

  async function passwordHashOf(username: string): Promise<string> {
    const [row] = await sql<{ password_hash: string }>(t, `SELECT password_hash FROM app_user WHERE username = $1`, [username]);
    return row.password_hash;
  }

  it('gives a token that expires after 12 hours by default', async () => {
    const { username } = await newViewer();
    const before = Date.now();
    const { login } = await t.anonymous.ok(LOGIN, { username, password: SCOPED_PASSWORD });
    const hours = (Date.parse(login.expiresAt) - before) / 3600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12.01);
  });

  it('ends the token at logout, for a viewer too', async () => {
    const { client } = await newViewer();
    expect((await client.ok(ME)).me.id).toBeDefined();
    expect((await client.ok(LOGOUT)).logout).toBe(true);
    const error = await client.fails(ME);
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await sql(t, `SELECT 1 FROM user_session WHERE token_hash = $1`, [tokenHash(client.token ?? '')])).toHaveLength(0);
  });

  it('ends only the session that logs out', async () => {
    const { username, client: first } = await newViewer();
    const second = await t.anonymous.signIn(username, SCOPED_PASSWORD);
    await first.ok(LOGOUT);
    expect((await second.ok(ME)).me.username).toBe(username);
  });

  it('refuses an expired session with a Chinese message', async () => {
    const { client } = await newViewer();
    const moved = await sql(
      t,
      `WITH moved AS (UPDATE user_session SET expires_at = now() - interval '1 second' WHERE token_hash = $1 RETURNING id) SELECT id FROM moved`,
      [tokenHash(client.token ?? '')],
    );
    expect(moved).toHaveLength(1);
    const error = await client.fails(ME);
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(CHINESE);
    expect(error.message).toContain('重新登录');
  });

  it('refuses a wrong old password (field oldPassword) and changes nothing', async () => {
    const { username, client } = await newViewer();
    const hash = await passwordHashOf(username);
    const error = await client.fails(CHANGE_PASSWORD, { old: 'Not-the-password-9', new: 'Harvest-Moon-42' });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.map((problem) => problem.field)).toEqual(['oldPassword']);
    expect(error.message).toMatch(CHINESE);
    expect(await passwordHashOf(username)).toBe(hash);
    await t.anonymous.signIn(username, SCOPED_PASSWORD);
  });

  it.each([
    ['too short', () => 'Ab3d'],
    ['without a digit', () => 'only-letters-here'],
    ['without a letter', () => '20251126-0918'],
    ['a common one', () => 'password123'],
    ['one containing the username', (username: string) => `9${username.toUpperCase()}x`],
  ])('refuses a new password %s (field newPassword) and changes nothing', async (_label, weak) => {
    const { username, client } = await newViewer();
    const hash = await passwordHashOf(username);
    const error = await client.fails(CHANGE_PASSWORD, { old: SCOPED_PASSWORD, new: weak(username) });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.map((problem) => problem.field)).toEqual(['newPassword']);
    expect(error.extensions?.fields?.[0].message).toMatch(CHINESE);
    expect(await passwordHashOf(username)).toBe(hash);
    expect((await client.ok(ME)).me.username).toBe(username);
  });

  it('changes the password of a viewer: other sessions end at once, the current one keeps working', async () => {
    const { username, client: current } = await newViewer();
    const other = await t.anonymous.signIn(username, SCOPED_PASSWORD);
    const third = await t.anonymous.signIn(username, SCOPED_PASSWORD);
    // Another user's session must not be touched.
    const { client: bystander } = await newViewer();

    expect((await current.ok(CHANGE_PASSWORD, { old: SCOPED_PASSWORD, new: 'Harvest-Moon-42' })).changePassword).toBe(true);

    for (const ended of [other, third]) expect((await ended.fails(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await current.ok(ME)).me.username).toBe(username);
    expect((await bystander.ok(ME)).me.id).toBeDefined();

    const renewed = await t.anonymous.signIn(username, 'Harvest-Moon-42');
    expect((await renewed.ok(ME)).me.username).toBe(username);
    const refused = await t.anonymous.fails(LOGIN, { username, password: SCOPED_PASSWORD });
    expect(refused.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('locks a username after 5 wrong passwords, even against the right one, while others still sign in', async () => {
    const { username } = await newViewer();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const error = await t.anonymous.fails(LOGIN, { username, password: `Wrong-guess-${attempt}` });
      expect(error.extensions?.code).toBe('UNAUTHENTICATED');
      expect(error.message).toBe('用户名或密码不正确');
    }

    const locked = await t.anonymous.request(LOGIN, { username, password: SCOPED_PASSWORD });
    expect(locked.data?.login ?? null).toBeNull();
    const error = locked.errors?.[0];
    expect(error?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(error?.message).toContain('锁定');
    expect(error?.message).toMatch(/\d+ 分钟后再试/);
    const retryAfter = (error?.extensions as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Locked whatever the case of the username.
    expect((await t.anonymous.fails(LOGIN, { username: username.toUpperCase(), password: SCOPED_PASSWORD })).message).toContain('锁定');
    expect(await sql(t, `SELECT 1 FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.username = $1`, [username])).toHaveLength(
      1,
    );

    const { username: neighbour } = await newViewer();
    expect((await (await t.anonymous.signIn(neighbour, SCOPED_PASSWORD)).ok(ME)).me.username).toBe(neighbour);
  });

  it('forgives wrong passwords below the limit once the right one is given', async () => {
    const { username } = await newViewer();
    for (let attempt = 1; attempt <= 4; attempt += 1) await t.anonymous.fails(LOGIN, { username, password: `Wrong-guess-${attempt}` });
    await t.anonymous.signIn(username, SCOPED_PASSWORD);
    for (let attempt = 1; attempt <= 4; attempt += 1) await t.anonymous.fails(LOGIN, { username, password: `Wrong-again-${attempt}` });
    expect((await (await t.anonymous.signIn(username, SCOPED_PASSWORD)).ok(ME)).me.username).toBe(username);
  });

  it.each([
    ['too short', (_username: string) => 'Ab3d'],
    ['without a digit', (_username: string) => 'only-letters-here'],
    ['a common one', (_username: string) => 'Password123'],
    ['one containing the username', (username: string) => `${username}-77`],
  ])('refuses to create a user with a password %s (field password)', async (_label, weak) => {
    const username = freshUsername('weak');
    const error = await t.admin.fails(CREATE_USER, { input: { username, password: weak(username), role: 'VIEWER' } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.map((problem) => problem.field)).toEqual(['password']);
    expect(error.extensions?.fields?.[0].message).toMatch(CHINESE);
    expect(await sql(t, `SELECT 1 FROM app_user WHERE username = $1`, [username])).toHaveLength(0);
  });
});
