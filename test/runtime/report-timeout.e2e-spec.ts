import { setTimeout as delay } from 'node:timers/promises';

import pg from 'pg';

import { GraphqlClient } from '../support/graphql-client.js';
import { ThrowawayPostgres } from '../support/throwaway-postgres.js';
import { ADMIN_PASSWORD, killLeftovers, runToFailure, startServer, type ServerProcess } from './server-process.js';

const REPORT_TIMEOUT_MS = 500;
const REPORT = `{ impactSummary(groupBy: TOWN) { totals { records } } }`;

// REPORT_TIMEOUT_MS is a statement_timeout on the sessions of the report pool of a PostgreSQL
// server (the embedded PGlite cannot interrupt a statement, so it has no limit). A report is made
// to outlast it by holding a lock it needs from another session: deterministic, unlike a slow
// query. A PostgreSQL server of the test's own, so this runs in both suite runs.
describe('the statement timeout of reports', () => {
  let database: ThrowawayPostgres;
  let server: ServerProcess;
  let admin: GraphqlClient;
  let locker: pg.Client;

  beforeAll(async () => {
    database = await ThrowawayPostgres.create();
    server = await startServer({ DATABASE_URL: database.url(), REPORT_TIMEOUT_MS: String(REPORT_TIMEOUT_MS) });
    admin = await new GraphqlClient(server.url).signIn('admin', ADMIN_PASSWORD);
    locker = new pg.Client({ connectionString: database.url() });
    await locker.connect();
  });
  afterAll(async () => {
    await locker?.end().catch(() => undefined);
    await killLeftovers();
    await database?.destroy();
  });

  /** Runs `work` while another session holds `outcome_record` exclusively for `holdMs`. */
  async function whileLocked<T>(holdMs: number, work: () => Promise<T>): Promise<T> {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE outcome_record IN ACCESS EXCLUSIVE MODE');
    const release = delay(holdMs).then(() => locker.query('ROLLBACK'));
    try {
      return await work();
    } finally {
      await release;
    }
  }

  it('answers a report with a plain result when it finishes in time', async () => {
    expect(await admin.ok(REPORT)).toEqual({ impactSummary: { totals: { records: 0 } } });
  });

  it('stops a report that runs longer and answers REPORT_TIMEOUT in Chinese, without SQL', async () => {
    const { answer, ms } = await whileLocked(2_000, async () => {
      const started = Date.now();
      return { answer: await admin.request(REPORT), ms: Date.now() - started };
    });
    const [error] = answer.errors ?? [];
    expect(error?.extensions).toEqual({ code: 'REPORT_TIMEOUT' });
    expect(error.message).toMatch(/报表计算超时/);
    expect(JSON.stringify(answer)).not.toMatch(/SELECT|statement timeout|canceling|outcome_record/i);
    // Stopped by the timeout, not by the lock going away after 2 s.
    expect(ms).toBeGreaterThanOrEqual(REPORT_TIMEOUT_MS);
    expect(ms).toBeLessThan(1_800);
    // The service goes on: the next report answers.
    expect(await admin.ok(REPORT)).toEqual({ impactSummary: { totals: { records: 0 } } });
  });

  it('does not bound statements that are not reports (lists, lookups, use cases)', async () => {
    const answer = await whileLocked(REPORT_TIMEOUT_MS * 3, () => admin.request(`{ outcomeRecords { totalItems } }`));
    expect(answer).toMatchObject({ data: { outcomeRecords: { totalItems: 0 } } });
    expect(answer.errors).toBeUndefined();
  });

  it('refuses a REPORT_TIMEOUT_MS that is not a number of milliseconds at start, with one clear line', async () => {
    const failed = await runToFailure({ DATABASE_URL: database.url(), REPORT_TIMEOUT_MS: '30s' });
    expect(failed.code).toBe(1);
    expect(failed.stderr.trim()).toBe('启动失败：配置有误：REPORT_TIMEOUT_MS 须为 0–3600000 的整数（毫秒，0 表示不限）');
  });
});
