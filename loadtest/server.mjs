// The built server (dist/) as its own process, as an operator runs it, so that the clients and
// the server (and the embedded database inside it) do not share one event loop.
/* global AbortSignal */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearTimeout } from 'node:timers';
import { setTimeout as delay } from 'node:timers/promises';

const ENTRY = new URL('../dist/apps/api/src/main.js', import.meta.url).pathname;

/**
 * On `databaseUrl`, or else on the embedded database in `dataDir` (kept), or in a fresh temporary
 * DATA_DIR (removed at stop). `logLevel` and `env` (more variables) are optional.
 */
export async function startServer({ databaseUrl, dataDir: keptDataDir, adminUsername, adminPassword, logLevel, env: extra = {} }) {
  const temporary = !databaseUrl && !keptDataDir;
  const dataDir = databaseUrl ? null : (keptDataDir ?? (await mkdtemp(join(tmpdir(), 'rural-loadtest-'))));
  const port = await freePort();
  const database = databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: '', DATA_DIR: dataDir };
  const env = {
    // The heap budget `npm start` and the Dockerfile give the server (README, "Memory").
    NODE_OPTIONS: '--max-old-space-size=320',
    ...process.env,
    ...database,
    PORT: String(port),
    NODE_ENV: 'production',
    SEED: 'false',
    LOG_LEVEL: logLevel ?? process.env.LOADTEST_LOG_LEVEL ?? 'warn',
    ADMIN_USERNAME: adminUsername,
    ADMIN_PASSWORD: adminPassword,
    // 32 clients share one token and one address: the limits are for abuse, not for this run.
    RATE_LIMIT_PER_TOKEN: process.env.RATE_LIMIT_PER_TOKEN ?? '100000000',
    RATE_LIMIT_PER_ADDRESS: process.env.RATE_LIMIT_PER_ADDRESS ?? '100000000',
    ...extra,
  };
  const child = spawn(process.execPath, [ENTRY], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // The server's log (its tail) is shown when something fails, not mixed into the table.
  let log = '';
  for (const stream of [child.stdout, child.stderr]) stream.setEncoding('utf8').on('data', (chunk) => (log = (log + chunk).slice(-4000)));
  let ended = null;
  const exited = new Promise((done) => child.once('exit', (code, signal) => done((ended = { code, signal }))));
  const server = { url: `http://127.0.0.1:${port}`, pid: child.pid, isEmbedded: !databaseUrl, ended: () => ended, log: () => log.trim() };
  server.stop = async () => {
    if (!ended) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
    if (temporary) await rm(dataDir, { recursive: true, force: true });
  };
  // The embedded database's first start (initdb, migrations) takes several seconds.
  for (const deadline = Date.now() + 120_000; !ended && Date.now() < deadline; await delay(200)) {
    const health = await fetch(`${server.url}/health`, { signal: AbortSignal.timeout(2_000) }).catch(() => null);
    if (health?.status === 200) return server;
  }
  await server.stop();
  throw new Error(`the server did not become healthy (${JSON.stringify(ended)}):\n${log}`);
}

async function freePort() {
  const probe = createServer();
  await new Promise((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address();
  await new Promise((done) => probe.close(done));
  return port;
}
