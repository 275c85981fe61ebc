import { graphql } from '../generated/gql.js';
import type { CreateUserInput } from '../generated/graphql.js';
import { sql } from '../support/database.js';
import { GraphqlClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE_USER = graphql(`
  mutation AuthCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
      role
      divisionId
    }
  }
`);
const UPDATE_USER = graphql(`
  mutation AuthUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      role
    }
  }
`);
const DELETE_USER = graphql(`
  mutation AuthDeleteUser($id: ID!) {
    deleteUser(id: $id)
  }
`);
const CREATE_DIVISION = graphql(`
  mutation AuthCreateDivision($input: CreateDivisionInput!) {
    createDivision(input: $input) {
      id
    }
  }
`);
const LOGIN = graphql(`
  mutation AuthLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
    }
  }
`);
const ME = graphql(`
  query AuthMe {
    me {
      id
      username
      role
    }
  }
`);
const USERS = graphql(`
  query AuthUsers {
    users(take: 100) {
      items {
        username
      }
      totalItems
    }
  }
`);
const DIVISION_COUNT = graphql(`
  query AuthDivisionCount {
    divisions {
      totalItems
    }
  }
`);

describe('users and sign-in', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in the first administrator and answers me', async () => {
    const data = await t.admin.ok(ME);
    expect(data.me).toMatchObject({ username: 'admin', role: 'ADMIN' });
  });

  it('keeps only a hash of the token', async () => {
    const rows = await sql<{ token_hash: string }>(t, 'SELECT token_hash FROM user_session');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.token_hash)).not.toContain(t.admin.token);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
  });

  it.each([
    ['a wrong password', 'admin', 'wrong-password'],
    ['an unknown user', 'nobody', 'whatever-123'],
  ])('refuses %s with one message that does not tell which', async (_label, username, password) => {
    const error = await t.anonymous.fails(LOGIN, { username, password });
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    expect(error.message).toBe('用户名或密码不正确');
  });

  it.each([
    ['no token', undefined],
    ['an unknown token', 'not-a-real-token'],
  ])('refuses a call with %s', async (_label, token) => {
    const error = await new GraphqlClient(t.url, token).fails(ME);
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets a viewer read but not write', async () => {
    const viewer = await t.clientWithRole('VIEWER');
    expect((await viewer.ok(DIVISION_COUNT)).divisions.totalItems).toBeGreaterThanOrEqual(0);
    const before = (await sql<{ n: string }>(t, 'SELECT count(*) AS n FROM division'))[0].n;
    const error = await viewer.fails(CREATE_DIVISION, { input: { name: '某省', level: 'PROVINCE' } });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect((await sql<{ n: string }>(t, 'SELECT count(*) AS n FROM division'))[0].n).toBe(before);
  });

  it('lets an editor write data but not manage users', async () => {
    const editor = await t.clientWithRole('EDITOR');
    await editor.ok(CREATE_DIVISION, { input: { name: '编辑省', level: 'PROVINCE' } });
    const error = await editor.fails(CREATE_USER, { input: { username: 'sneaky', password: 'password-123', role: 'ADMIN' } });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect((await editor.fails(USERS)).extensions?.code).toBe('FORBIDDEN');
  });

  it('creates, lists, changes and deletes users', async () => {
    const division = (await t.admin.ok(CREATE_DIVISION, { input: { name: '用户省', level: 'PROVINCE' } })).createDivision.id;
    const created = (
      await t.admin.ok(CREATE_USER, {
        input: { username: 'clerk.wuzhuan', password: 'password-123', role: 'EDITOR', divisionId: division },
      })
    ).createUser;
    expect(created).toMatchObject({ username: 'clerk.wuzhuan', role: 'EDITOR', divisionId: division });
    const listed = await t.admin.ok(USERS);
    expect(listed.users.items.map((user) => user.username)).toContain('clerk.wuzhuan');

    const updated = await t.admin.ok(UPDATE_USER, {
      input: { id: created.id, role: 'VIEWER', password: 'new-password-1' },
    });
    expect(updated.updateUser.role).toBe('VIEWER');
    const clerk = await t.anonymous.signIn('CLERK.WUZHUAN', 'new-password-1');
    expect((await clerk.ok(ME)).me.role).toBe('VIEWER');

    expect((await t.admin.ok(DELETE_USER, { id: created.id })).deleteUser).toBe(created.id);
    expect((await clerk.fails(ME)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each<[string, CreateUserInput, string, string]>([
    ['a short password', { username: 'shortpw', password: 'short', role: 'VIEWER' }, 'BAD_USER_INPUT', 'password'],
    ['a bad username', { username: 'a b', password: 'password-123', role: 'VIEWER' }, 'BAD_USER_INPUT', 'username'],
    ['a username taken in another case', { username: 'ADMIN', password: 'password-123', role: 'VIEWER' }, 'CONFLICT', 'username'],
    [
      'a missing division',
      { username: 'nodiv', password: 'password-123', role: 'VIEWER', divisionId: '987654' },
      'NOT_FOUND',
      'divisionId',
    ],
  ])('refuses %s and stores nothing', async (_label, input, code, field) => {
    const before = (await sql<{ n: string }>(t, 'SELECT count(*) AS n FROM app_user'))[0].n;
    const error = await t.admin.fails(CREATE_USER, { input });
    expect(error.extensions?.code).toBe(code);
    expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
    expect((await sql<{ n: string }>(t, 'SELECT count(*) AS n FROM app_user'))[0].n).toBe(before);
  });

  it('refuses to delete oneself or the last administrator', async () => {
    const me = (await t.admin.ok(ME)).me.id;
    expect((await t.admin.fails(DELETE_USER, { id: me })).extensions?.code).toBe('CONFLICT');
    const error = await t.admin.fails(UPDATE_USER, { input: { id: me, role: 'EDITOR' } });
    expect(error.extensions?.code).toBe('CONFLICT');
  });
});
