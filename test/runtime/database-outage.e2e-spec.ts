import { setTimeout as delay } from 'node:timers/promises';

import { GraphqlClient } from '../support/graphql-client.js';
import { ThrowawayPostgres } from '../support/throwaway-postgres.js';
import { buildWriteWorld, readBackWrites, startConcurrentWrites } from './concurrent-writes.js';
import { ADMIN_PASSWORD, killLeftovers, startServer, type ServerProcess } from './server-process.js';

/** Whatever could betray the inside of the server: SQL, driver text, stack frames, addresses. */
const LEAKS = /\bSELECT\b|\bINSERT\b|ECONN|127\.0\.0\.1|terminat|QueryFailedError|\bat [\w.<>]+ \(|\.(js|ts):\d+|node_modules/i;

const CREATE_DIVISION = `mutation($input: CreateDivisionInput!) { createDivision(input: $input) { id } }`;

async function health(server: ServerProcess): Promise<number> {
  return (await fetch(`${server.url}/health`, { signal: AbortSignal.timeout(10_000) })).status;
}

/** Polls /health until it answers `status`; the time it took. */
async function untilHealth(server: ServerProcess, status: number, withinMs = 15_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if ((await health(server).catch(() => 0)) === status) return Date.now() - started;
    await delay(100);
  }
  throw new Error(`/health did not answer ${status} within ${withinMs} ms`);
}

// The API on a PostgreSQL server of the test's own (the shared one is never stopped), so this
// runs in both suite runs. The database goes away under a running API and comes back; the API
// process is never restarted.
describe('the PostgreSQL server goes away and comes back', () => {
  let database: ThrowawayPostgres;
  let server: ServerProcess;
  let admin: GraphqlClient;

  beforeAll(async () => {
    database = await ThrowawayPostgres.create();
    // REPORT_TIMEOUT_MS only so that the report path is also the bounded report pool's.
    server = await startServer({ DATABASE_URL: database.url(), REPORT_TIMEOUT_MS: '20000' });
    admin = await new GraphqlClient(server.url).signIn('admin', ADMIN_PASSWORD);
  });
  // A test that failed midway may have left the database stopped: the next one starts from a running one.
  beforeEach(async () => {
    if (database.isRunning) return;
    await database.start();
    await untilHealth(server, 200);
  });
  afterAll(async () => {
    await killLeftovers();
    await database?.destroy();
  });

  it('answers 503 and DATABASE_UNAVAILABLE while it is stopped, then works again with the same token and data', async () => {
    const { createDivision: before } = await admin.ok(CREATE_DIVISION, { input: { name: '停库前省', level: 'PROVINCE' } });

    await database.stop('fast');
    expect(await health(server)).toBe(503);
    const operations: [string, GraphqlClient, string][] = [
      // The guard's session lookup is the first statement: it must not turn into UNAUTHENTICATED.
      ['a read', admin, `{ me { username } divisions { totalItems } }`],
      ['a write', admin, `mutation { createDivision(input: { name: "停库时省", level: PROVINCE }) { id } }`],
      ['a report', admin, `{ impactSummary(groupBy: TOWN) { totals { records } } }`],
      [
        'login (no token, no guard)',
        new GraphqlClient(server.url),
        `mutation { login(username: "admin", password: "${ADMIN_PASSWORD}") { token } }`,
      ],
    ];
    for (const [label, client, query] of operations) {
      const started = Date.now();
      const answer = await client.request(query);
      const [error] = answer.errors ?? [];
      expect({ label, code: error?.extensions?.code, data: answer.data ?? null }).toEqual({
        label,
        code: 'DATABASE_UNAVAILABLE',
        data: null,
      });
      expect(error.message).toMatch(/数据库暂时不可用/);
      expect(JSON.stringify(answer)).not.toMatch(LEAKS);
      expect(Date.now() - started).toBeLessThan(3_000);
    }

    await database.start();
    const recoveredInMs = await untilHealth(server, 200);
    expect(recoveredInMs).toBeLessThan(5_000);
    const read = await admin.ok(`query($id: ID!) { me { username } division(id: $id) { name } }`, { id: before.id });
    expect(read).toEqual({ me: { username: 'admin' }, division: { name: '停库前省' } });
    await admin.ok(CREATE_DIVISION, { input: { name: '恢复后省', level: 'PROVINCE' } });
    const { divisions } = await admin.ok(`{ divisions(level: PROVINCE) { items { name } } }`);
    expect(divisions.items.map((item: { name: string }) => item.name).sort()).toEqual(['停库前省', '恢复后省'].sort());
    expect(server.child.exitCode).toBeNull();
  });

  it('loses no acknowledged write and leaves no half-done use case when the database crashes mid-run', async () => {
    const clients = 8;
    const world = await buildWriteWorld(admin, clients);
    const writes = startConcurrentWrites(server.url, admin.token ?? '', world);
    await writes.untilAcknowledged(60);
    // A crash as far as the data goes: every PostgreSQL process quits at once, no checkpoint.
    await database.stop('immediate');
    await writes.halt();
    const acknowledged = writes.acknowledged();

    // Writes in flight at the crash failed, and said so clearly.
    expect(writes.failures.length).toBeGreaterThan(0);
    expect(
      writes.failures.filter((failure) => failure.kind !== 'graphql' || failure.error.extensions?.code !== 'DATABASE_UNAVAILABLE'),
    ).toEqual([]);

    await database.start();
    await untilHealth(server, 200);
    const readBack = await readBackWrites(admin, writes, world);
    expect(readBack).toMatchObject({ lostMatches: [], lostOutcomes: [], partialMatches: [] });
    // Some writes may have committed without their answer getting out; never fewer than acknowledged.
    expect(readBack.matchesStored).toBeGreaterThanOrEqual(writes.matchIds.length);
    expect(acknowledged).toBeGreaterThanOrEqual(60);
  });
});
