import { killLeftovers, makeDataDir, onEmbeddedDatabase, removeDataDir, runToFailure, startServer } from './server-process.js';

// PGlite has no lock of its own: two processes on one directory would corrupt it.
(onEmbeddedDatabase ? describe : describe.skip)('the DATA_DIR lock', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await makeDataDir();
  });
  afterAll(async () => {
    await killLeftovers();
    await removeDataDir(dataDir);
  });

  it('refuses a second process while the first runs, and lets a new one in after a kill -9', async () => {
    const first = await startServer({ DATA_DIR: dataDir });

    const second = await runToFailure({ DATA_DIR: dataDir }, 20_000);
    expect(second.code).toBe(1);
    const lines = second.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^启动失败：数据目录 .+ 正被进程 \d+ 使用/);
    expect(lines[0]).toContain(dataDir);
    expect(lines[0]).toContain(`进程 ${first.pid} `);
    // The first server did not notice.
    expect((await fetch(`${first.url}/health`)).status).toBe(200);

    await first.kill();
    const third = await startServer({ DATA_DIR: dataDir });
    expect((await fetch(`${third.url}/health`)).status).toBe(200);
    expect((await third.stop()).code).toBe(0);
  });
});
