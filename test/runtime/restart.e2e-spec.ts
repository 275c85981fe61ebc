import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { GraphqlClient } from '../support/graphql-client.js';
import { tableCounts } from './embedded-data.js';
import { ADMIN_PASSWORD, killLeftovers, makeDataDir, onEmbeddedDatabase, removeDataDir, startServer } from './server-process.js';

const CREATE = `mutation($input: CreateDivisionInput!) { createDivision(input: $input) { id name level code } }`;
const READ = `query($id: ID!) { division(id: $id) { id name level code } divisions { totalItems } me { username } }`;

// About the embedded database's files; a PostgreSQL server keeps its data by itself.
(onEmbeddedDatabase ? describe : describe.skip)('restart on the same DATA_DIR', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await makeDataDir();
  });
  afterAll(async () => {
    await killLeftovers();
    await removeDataDir(dataDir);
  });

  it('stops cleanly on SIGTERM, then reads back every row and the migrations add nothing', async () => {
    const first = await startServer({ DATA_DIR: dataDir });
    const admin = await new GraphqlClient(first.url).signIn('admin', ADMIN_PASSWORD);
    const { createDivision: created } = await admin.ok(CREATE, { input: { name: '东兰县', level: 'COUNTY', code: '451224000000' } });

    const stopped = await first.stop();
    expect(stopped).toMatchObject({ code: 0, signal: null });
    expect(stopped.ms).toBeLessThan(10_000);
    expect(first.stderr()).not.toMatch(/error|失败/i);
    expect(existsSync(join(dataDir, 'rural-service.lock'))).toBe(false);
    const counts = await tableCounts(dataDir);
    expect(counts).toMatchObject({ division: 1, app_user: 1, user_session: 1 });
    expect(counts.migrations).toBeGreaterThan(0);

    const second = await startServer({ DATA_DIR: dataDir });
    // The session was stored too, so the token of the first run still works.
    const read = await new GraphqlClient(second.url, admin.token).ok(READ, { id: created.id });
    expect(read).toEqual({ division: created, divisions: { totalItems: 1 }, me: { username: 'admin' } });
    expect((await second.stop()).code).toBe(0);

    expect(await tableCounts(dataDir)).toEqual(counts);
  });
});
