import { DatabaseConnection } from '@rural/database';

import { startTestApp, type TestApp } from '../support/test-app.js';

// Issue 4, item 7: introspection can be switched off for everyone. A file of its own because the
// configuration is read once, when the app module loads.

describe('GRAPHQL_INTROSPECTION=false', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { GRAPHQL_INTROSPECTION: 'false' } });
  });
  afterAll(async () => {
    await t?.close();
    delete process.env.GRAPHQL_INTROSPECTION;
  });

  it.each([
    ['__schema', `{ __schema { queryType { name } } }`],
    ['__type', `{ __type(name: "Match") { name } }`],
  ])('refuses %s even to the administrator, at validation and before any SQL', async (_label, query) => {
    const counter = t.app.get(DatabaseConnection).statementCounter;
    const before = counter.statements;
    const answer = await t.admin.request(query);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'INTROSPECTION_DISABLED' });
    expect(answer.errors?.[0].message).toMatch(/已关闭接口架构查询/);
    expect(counter.statements - before).toBe(0);
  });

  it('still answers __typename and ordinary queries', async () => {
    expect(await t.anonymous.ok(`{ __typename }`)).toEqual({ __typename: 'Query' });
    expect(await t.admin.ok(`{ me { username } }`)).toEqual({ me: { username: 'admin' } });
  });
});
