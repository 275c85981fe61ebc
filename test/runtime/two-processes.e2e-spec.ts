import { randomBytes } from 'node:crypto';

import { GraphqlClient } from '../support/graphql-client.js';
import { dropDatabase, onServer, serverUrl, withDatabase } from '../support/template.js';
import { ADMIN_PASSWORD, killLeftovers, startServer, type ServerProcess } from './server-process.js';

/**
 * Two API processes on one PostgreSQL database behave as one service: sessions, key revocations,
 * lockouts and rate-limit counters live in the database, so what one process learns the other
 * knows at once. Runs in the PostgreSQL-server suite (the embedded database is one process's).
 */
const base = serverUrl();
const describeOnServer = base ? describe : describe.skip;

describeOnServer('two API processes, one service', () => {
  let databaseUrl: string;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    const name = `rural_two_${randomBytes(5).toString('hex')}`;
    await onServer(base as string, (client) => client.query(`CREATE DATABASE ${name}`));
    databaseUrl = withDatabase(base as string, name);
    const env = { DATABASE_URL: databaseUrl, RATE_LIMIT_PER_TOKEN: '40', RATE_LIMIT_PER_ADDRESS: '100000' };
    // One after the other: the first migrates an empty database, the second finds it migrated.
    a = await startServer(env);
    b = await startServer(env);
  }, 120_000);

  afterAll(async () => {
    await killLeftovers();
    if (databaseUrl) await dropDatabase(base as string, databaseUrl);
  });

  const on = (server: ServerProcess, token?: string) => new GraphqlClient(server.url, token);

  it('accepts on one process a token issued by the other, and a logout on one ends it on both', async () => {
    const onA = await on(a).signIn('admin', ADMIN_PASSWORD);
    expect((await on(b, onA.token).ok(`{ me { username } }`)).me.username).toBe('admin');
    await on(b, onA.token).ok(`mutation { logout }`);
    expect((await on(a, onA.token).fails(`{ me { id } }`)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stops on one process at once a key revoked on the other', async () => {
    const admin = await on(a).signIn('admin', ADMIN_PASSWORD);
    const { createApiKey } = await admin.ok(`mutation { createApiKey(input: { name: "两进程测试", role: VIEWER }) { key apiKey { id } } }`);
    expect((await on(b, createApiKey.key).ok(`{ divisions { totalItems } }`)).divisions.totalItems).toBe(0);
    await on(b, (await on(b).signIn('admin', ADMIN_PASSWORD)).token).ok(`mutation($id: ID!) { revokeApiKey(id: $id) }`, {
      id: createApiKey.apiKey.id,
    });
    expect((await on(a, createApiKey.key).fails(`{ divisions { totalItems } }`)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('locks a username after wrong passwords spread over both processes', async () => {
    const admin = await on(a).signIn('admin', ADMIN_PASSWORD);
    await admin.ok(`mutation { createUser(input: { username: "two-proc-clerk", password: "clerk-pass-42", role: VIEWER }) { id } }`);
    for (const server of [a, b, a, b, a]) {
      const refused = await on(server).fails(`mutation { login(username: "two-proc-clerk", password: "wrong-pass-1") { token } }`);
      expect(refused.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const locked = await on(b).fails(`mutation { login(username: "two-proc-clerk", password: "clerk-pass-42") { token } }`);
    expect(locked.message).toMatch(/锁定/);
    expect(locked.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("counts one token's requests on both processes against one limit", async () => {
    const admin = await on(a).signIn('admin', ADMIN_PASSWORD);
    const answers = [];
    for (let i = 0; i < 25; i += 1) answers.push(await on(i % 2 ? b : a, admin.token).request(`{ me { id } }`));
    const refused = answers.filter((answer) => answer.errors?.[0]?.extensions?.code === 'TOO_MANY_REQUESTS');
    for (let i = 0; i < 20; i += 1) answers.push(await on(i % 2 ? b : a, admin.token).request(`{ me { id } }`));
    const refusedLater = answers.filter((answer) => answer.errors?.[0]?.extensions?.code === 'TOO_MANY_REQUESTS');
    // 40 a minute in all: neither process alone reaches it, together they do.
    expect(refused).toHaveLength(0);
    expect(refusedLater.length).toBeGreaterThanOrEqual(5);
    expect(refusedLater[0].errors?.[0].message).toMatch(/请求过于频繁/);
  });
});
