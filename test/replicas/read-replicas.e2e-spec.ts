import type { AddressInfo } from 'node:net';

import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import pg from 'pg';

import { ThrowawayPostgres } from '../support/throwaway-postgres.js';
import { postgresBinaries, StreamingReplica } from './streaming-replica.js';

/**
 * Reads from a real streaming replica (issue 12): a throwaway primary on its own port (the shared
 * server's pg_hba refuses replication connections), a standby made from it with pg_basebackup -R,
 * and the real app on both, spoken to over HTTP. Pausing the standby's replay freezes what it
 * shows, which tells apart a read served by the replica from one served by the primary.
 *
 * It makes its own servers whatever DATABASE_URL says, so it runs once: in the server pass
 * (DATABASE_URL set), not again in the embedded one.
 */
const binaries = postgresBinaries();
const skipReason = !process.env.DATABASE_URL
  ? 'runs in the PostgreSQL server pass only (set DATABASE_URL): it starts its own primary and replica'
  : 'missing' in binaries
    ? `PostgreSQL server binaries not found (${binaries.missing})`
    : null;
if (skipReason) console.warn(`read replicas suite skipped: ${skipReason}`);
const describeWithServers = skipReason ? describe.skip : describe;

const MAX_LAG_MS = 1_500;
const REPLICA_ENV = ['DATABASE_URL', 'DATABASE_REPLICA_URLS', 'REPLICA_MAX_LAG_MS'];

interface Reply {
  status: number;
  headers: Headers;
  body: { data?: Record<string, any>; errors?: { message: string }[] };
}

describeWithServers('read replicas', () => {
  let primary: ThrowawayPostgres;
  let replica: StreamingReplica;
  let app: NestExpressApplication;
  let url: string;
  let adminToken: string;
  let viewerToken: string;
  let divisionId: string;
  let saved: Record<string, string | undefined> = {};

  async function post(
    token: string | null,
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Reply['body'] };
  }

  async function ok(token: string | null, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
    const reply = await post(token, query, variables, headers);
    if (reply.body.errors?.length) throw new Error(JSON.stringify(reply.body.errors));
    return reply.body.data!;
  }

  async function health(): Promise<{ status: number; body: any }> {
    const response = await fetch(`${url}/health`);
    return { status: response.status, body: await response.json() };
  }

  async function until<T>(what: string, probe: () => Promise<T | undefined | false>, withinMs = 10_000): Promise<T> {
    const deadline = Date.now() + withinMs;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`waited ${withinMs} ms for ${what}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  async function onPrimary(text: string): Promise<void> {
    const client = new pg.Client({ connectionString: primary.url() });
    await client.connect();
    await client.query(text).finally(() => client.end());
  }

  const replicaInUse = async () => (await health()).body.info?.replicas?.servers?.[0]?.inUse === true;

  const enterpriseNames = async (token: string, headers?: Record<string, string>): Promise<string[]> =>
    ((await ok(token, `{ enterprises(take: 100) { items { name } } }`, {}, headers)).enterprises.items as { name: string }[]).map(
      (e) => e.name,
    );

  const recordsCounted = async (token: string): Promise<number> =>
    (
      await ok(token, `query ($divisionId: ID) { impactSummary(filter: { divisionId: $divisionId }) { totals { records } } }`, {
        divisionId,
      })
    ).impactSummary.totals.records as number;

  beforeAll(async () => {
    const { bin } = binaries as { bin: string };
    saved = Object.fromEntries(REPLICA_ENV.map((name) => [name, process.env[name]]));
    primary = await ThrowawayPostgres.create();
    replica = await StreamingReplica.of(primary, bin);
    Object.assign(process.env, {
      DATABASE_URL: primary.url(),
      DATABASE_REPLICA_URLS: replica.url(),
      REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
    });
    const { AppModule } = await import('../../apps/api/src/app.module.js');
    const { configureApp } = await import('../../apps/api/src/configure-app.js');
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
    configureApp(app);
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;

    const login = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
    adminToken = (await ok(null, login, { u: 'admin', p: process.env.ADMIN_PASSWORD })).login.token;
    await ok(adminToken, `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { username: 'reader', password: 'Tiller-2718', role: 'VIEWER' },
    });
    viewerToken = (await ok(null, login, { u: 'reader', p: 'Tiller-2718' })).login.token;
    divisionId = (await ok(adminToken, `mutation { createDivision(input: { name: "副本省", level: PROVINCE }) { id } }`)).createDivision.id;
    await ok(adminToken, `mutation ($d: ID) { recordOutcome(input: { period: "2025", divisionId: $d, outputValueYuan: "100" }) { id } }`, {
      d: divisionId,
    });
    await until('the replica to be in use', replicaInUse);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await replica?.destroy();
    await primary?.destroy();
    // The next file in this worker runs on the run's own server again.
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('/health lists the replica: up, in use, its lag in ms and bytes', async () => {
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.info.replicas).toMatchObject({ status: 'up', state: 'ok' });
    expect(body.info.replicas.servers).toEqual([
      expect.objectContaining({ name: `127.0.0.1:${replica.port}/postgres`, up: true, inUse: true, replayPaused: false, reason: null }),
    ]);
    expect(body.info.replicas.servers[0].lagMs).toBeLessThanOrEqual(MAX_LAG_MS);
    expect(typeof body.info.replicas.servers[0].lagBytes).toBe('number');
  });

  it('serves other callers from the replica, the writer from the primary, and skips the replica once it lags too far', async () => {
    await replica.sql(`SELECT pg_wal_replay_pause()`);
    try {
      await until(
        'replay to pause',
        async () => (await replica.sql<{ paused: boolean }>(`SELECT pg_is_wal_replay_paused() AS paused`))[0].paused,
      );

      const written = await post(adminToken, `mutation { createEnterprise(input: { name: "暂停后新建的企业" }) { id } }`);
      expect(written.body.errors).toBeUndefined();
      const readAfter = written.headers.get('x-read-after');
      expect(readAfter).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
      expect(written.headers.get('set-cookie')).toContain(`rural_read_after=${readAfter}`);
      // An outcome approved behind the app's back: only a report can show it.
      await onPrimary(`UPDATE outcome_record SET status = 'APPROVED'`);

      // The writer reads its own write (the primary); another caller still sees the paused replica.
      expect(await enterpriseNames(adminToken)).toContain('暂停后新建的企业');
      expect(await enterpriseNames(viewerToken)).not.toContain('暂停后新建的企业');
      expect(await recordsCounted(viewerToken)).toBe(0);
      // The position handed back travels to any API process: with it, the other caller waits for the write too.
      expect(await enterpriseNames(viewerToken, { 'X-Read-After': readAfter! })).toContain('暂停后新建的企业');
      expect(await enterpriseNames(viewerToken, { cookie: `rural_read_after=${readAfter}` })).toContain('暂停后新建的企业');

      // Past REPLICA_MAX_LAG_MS the replica is skipped: everyone reads the primary.
      const lagging = await until('the replica to be skipped', async () => {
        const { status, body } = await health();
        return body.info?.replicas?.servers?.[0]?.inUse === false && { status, body };
      });
      expect(lagging.status).toBe(200);
      expect(lagging.body.info.replicas).toMatchObject({ state: 'degraded' });
      expect(lagging.body.info.replicas.servers[0]).toMatchObject({ up: true, replayPaused: true });
      expect(lagging.body.info.replicas.servers[0].lagMs).toBeGreaterThan(MAX_LAG_MS);
      expect(lagging.body.info.replicas.servers[0].lagBytes).toBeGreaterThan(0);
      expect(await enterpriseNames(viewerToken)).toContain('暂停后新建的企业');
      expect(await recordsCounted(viewerToken)).toBe(1);
    } finally {
      await replica.sql(`SELECT pg_wal_replay_resume()`);
    }
    await until('the replica to catch up and be used again', replicaInUse);
  });

  it('falls back to the primary without an error when the replica stops, /health shows it down, and uses it again once restarted', async () => {
    await replica.stop();
    // At once, before the monitor's next poll: the refused connection sends the read to the primary.
    expect(await enterpriseNames(viewerToken)).toContain('暂停后新建的企业');
    expect(await recordsCounted(viewerToken)).toBe(1);
    const down = await until('/health to show the replica down', async () => {
      const { status, body } = await health();
      return body.info?.replicas?.servers?.[0]?.up === false && { status, body };
    });
    expect(down.status).toBe(200);
    expect(down.body.status).toBe('ok');
    expect(down.body.info.database.status).toBe('up');
    expect(down.body.info.replicas.state).toBe('degraded');
    expect(down.body.info.replicas.servers[0]).toMatchObject({ up: false, inUse: false, lagMs: null });

    // Started again, it is used again once a poll finds it current.
    await replica.start();
    await until('the restarted replica to be used again', replicaInUse);
    expect(await enterpriseNames(viewerToken)).toContain('暂停后新建的企业');
  });
});
