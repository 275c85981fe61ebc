import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { GraphqlClient } from '../support/graphql-client.js';
import { dropDatabase, onServer, serverUrl, withDatabase } from '../support/template.js';
import { buildWriteWorld, readBackWrites, startConcurrentWrites } from './concurrent-writes.js';
import { ADMIN_PASSWORD, killLeftovers, makeDataDir, onEmbeddedDatabase, removeDataDir, startServer } from './server-process.js';

const WRITERS = 6;
const BEFORE_KILL = 40;

// kill -9 of the API process in the middle of concurrent writes. On the embedded database the
// database dies with the process, and it runs with fsync off: every write it acknowledged must
// still be in the files (the operating system keeps them; only an OS crash may lose them). On a
// server the transactions in flight are rolled back by PostgreSQL. Either way no use case may be
// left half done. (The server crashing under a running API: database-outage.e2e-spec.ts.)
describe(`kill -9 of the API process on the ${onEmbeddedDatabase ? 'embedded database' : 'PostgreSQL server'}`, () => {
  let dataDir: string | undefined;
  let databaseUrl: string | undefined;
  let target: Record<string, string>;

  beforeAll(async () => {
    const base = serverUrl();
    if (base) {
      const name = `rural_kill9_${randomBytes(6).toString('hex')}`;
      await onServer(base, (client) => client.query(`CREATE DATABASE ${name}`));
      databaseUrl = withDatabase(base, name);
      target = { DATABASE_URL: databaseUrl };
    } else {
      dataDir = await makeDataDir();
      target = { DATA_DIR: dataDir };
    }
  });
  afterAll(async () => {
    await killLeftovers();
    await removeDataDir(dataDir);
    const base = serverUrl();
    if (base && databaseUrl) await dropDatabase(base, databaseUrl);
  });

  it(`keeps every acknowledged write and leaves no half-done use case when killed amid ${WRITERS} writers`, async () => {
    const server = await startServer(target);
    const admin = await new GraphqlClient(server.url).signIn('admin', ADMIN_PASSWORD);
    const world = await buildWriteWorld(admin, WRITERS);
    const writes = startConcurrentWrites(server.url, admin.token ?? '', world);
    await writes.untilAcknowledged(BEFORE_KILL);
    const killed = await server.kill();
    await writes.halt();
    expect(killed.signal).toBe('SIGKILL');
    // Only the connection broke: no request was answered with an error.
    expect(writes.failures.filter((failure) => failure.kind !== 'transport')).toEqual([]);
    // The dead process's lock is still there; the next start must take it over.
    if (dataDir) expect(existsSync(join(dataDir, 'rural-service.lock'))).toBe(true);

    const restarted = await startServer(target);
    // The session was stored too, so the token of the killed process still works.
    const readBack = await readBackWrites(new GraphqlClient(restarted.url, admin.token), writes, world);
    expect(readBack).toMatchObject({ lostMatches: [], lostOutcomes: [], partialMatches: [] });
    expect(readBack.matchesStored).toBeGreaterThanOrEqual(writes.matchIds.length);
    expect(writes.acknowledged()).toBeGreaterThanOrEqual(BEFORE_KILL);
    expect((await restarted.stop()).code).toBe(0);
  });
});
