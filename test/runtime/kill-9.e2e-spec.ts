import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GraphqlClient } from '../support/graphql-client.js';
import { ADMIN_PASSWORD, killLeftovers, makeDataDir, onEmbeddedDatabase, removeDataDir, startServer } from './server-process.js';

const CREATE = `mutation($input: CreateDivisionInput!) { createDivision(input: $input) { id } }`;
const WRITES = 20;

// The embedded database runs with fsync off: a killed process must still leave every write it
// acknowledged in the files (the operating system keeps them); only an OS crash may lose them.
(onEmbeddedDatabase ? describe : describe.skip)('kill -9 on the embedded database', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await makeDataDir();
  });
  afterAll(async () => {
    await killLeftovers();
    await removeDataDir(dataDir);
  });

  it(`keeps all ${WRITES} acknowledged writes when the process is killed right after the last one`, async () => {
    const server = await startServer({ DATA_DIR: dataDir });
    const admin = await new GraphqlClient(server.url).signIn('admin', ADMIN_PASSWORD);
    const acknowledged: string[] = [];
    for (let index = 0; index < WRITES; index += 1) {
      const data = await admin.ok(CREATE, { input: { name: `第${index + 1}个省级测试区划`, level: 'PROVINCE' } });
      acknowledged.push(data.createDivision.id);
    }
    const killed = await server.kill();
    expect(killed.signal).toBe('SIGKILL');
    // The dead process's lock is still there; the next start must take it over.
    expect(existsSync(join(dataDir, 'rural-service.lock'))).toBe(true);

    const restarted = await startServer({ DATA_DIR: dataDir });
    const { divisions } = await new GraphqlClient(restarted.url, admin.token).ok(`{ divisions(take: 100) { items { id } totalItems } }`);
    expect(divisions.items.map((item: { id: string }) => item.id)).toEqual(acknowledged);
    expect(divisions.totalItems).toBe(WRITES);
    expect((await restarted.stop()).code).toBe(0);
  });
});
