import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * The built server (`node dist/apps/api/src/main.js`) run as its own process, the way an operator
 * runs it, for the tests that only a real process can show: restart, kill -9, the data-directory
 * lock and startup failures. `npm test` builds before it runs the suite.
 */
export const SERVER_ENTRY = resolve('dist/apps/api/src/main.js');
export const ADMIN_PASSWORD = 'runtime-admin-password';

/** True when the embedded database is what the suite is about (no DATABASE_URL given). */
export const onEmbeddedDatabase = !process.env.DATABASE_URL;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly port: number;
  readonly url: string;
  readonly pid: number;
  stdout(): string;
  stderr(): string;
  /** Resolves when the process has ended. */
  readonly exited: Promise<Exit>;
  /** SIGTERM, then waits for the exit; reports how long the shutdown took. */
  stop(): Promise<Exit & { ms: number }>;
  /** SIGKILL (kill -9), then waits for the exit. */
  kill(): Promise<Exit>;
}

/** Every server process started here and not yet ended, so a failing test leaves none behind. */
const running = new Set<ChildProcess>();

/** Kills (-9) whatever a test left running; call it in `afterAll`. */
export async function killLeftovers(): Promise<void> {
  const ending = [...running].map(
    (child) =>
      new Promise((done) => {
        child.once('exit', done);
        child.kill('SIGKILL');
      }),
  );
  await Promise.all(ending);
}

/** A port nobody listens on right now: the system picks one for a throwaway listener. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('no port assigned');
  return address.port;
}

/** A fresh, empty directory for one test's embedded database; removed by `removeDataDir`. */
export function makeDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'rural-runtime-'));
}

export function removeDataDir(dir: string | undefined): Promise<void> {
  return dir ? rm(dir, { recursive: true, force: true }) : Promise.resolve();
}

/**
 * The environment an operator would give: embedded database unless `DATABASE_URL` is among the
 * overrides, no seed, quiet logs. The jest worker's own settings (DATABASE_URL, the template)
 * are not passed on.
 */
export function serverEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !['DATABASE_URL', 'DATA_DIR', 'PORT', 'SEED', 'LOG_LEVEL', 'NODE_ENV'].includes(key) && !key.startsWith('RURAL_'),
    ),
  );
  return {
    ...inherited,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    SEED: 'false',
    ADMIN_USERNAME: 'admin',
    ADMIN_PASSWORD,
    ...overrides,
  };
}

/** Starts the server process without waiting for it to be ready. */
export function launch(overrides: Record<string, string>): Omit<ServerProcess, 'port' | 'url'> {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run \`npm run build\` first (npm test does)`);
  const child = spawn(process.execPath, [SERVER_ENTRY], { env: serverEnv(overrides), stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<Exit>((done) => child.once('exit', (code, signal) => done({ code, signal })));
  return {
    child,
    pid: child.pid ?? -1,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    async stop() {
      const started = Date.now();
      child.kill('SIGTERM');
      const exit = await exited;
      return { ...exit, ms: Date.now() - started };
    },
    async kill() {
      child.kill('SIGKILL');
      return exited;
    },
  };
}

/**
 * Starts the server on a free port and waits until `GET /health` answers 200. Fails with the
 * process's own output when it exits first or is not healthy in time.
 */
export async function startServer(overrides: Record<string, string>, readyWithinMs = 90_000): Promise<ServerProcess> {
  const port = await freePort();
  const server = launch({ PORT: String(port), ...overrides });
  const url = `http://127.0.0.1:${port}`;
  let ended: Exit | null = null;
  void server.exited.then((exit) => (ended = exit));
  const deadline = Date.now() + readyWithinMs;
  while (Date.now() < deadline) {
    if (ended) throw new Error(`server exited early (${JSON.stringify(ended)}):\n${server.stderr()}\n${server.stdout()}`);
    if (await isHealthy(url)) return { ...server, port, url };
    await delay(100);
  }
  await server.kill();
  throw new Error(`server not healthy within ${readyWithinMs} ms:\n${server.stderr()}\n${server.stdout()}`);
}

async function isHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Runs the server expecting it to fail at start; kills it if it is still running after `withinMs`. */
export async function runToFailure(
  overrides: Record<string, string>,
  withinMs = 30_000,
): Promise<Exit & { ms: number; stdout: string; stderr: string }> {
  const started = Date.now();
  const server = launch({ PORT: String(await freePort()), ...overrides });
  const timer = new AbortController();
  const timeout = delay(withinMs, null, { signal: timer.signal }).catch(() => null);
  const exit = await Promise.race([server.exited, timeout]);
  timer.abort();
  if (exit === null) {
    await server.kill();
    throw new Error(`the server did not exit within ${withinMs} ms:\n${server.stderr()}\n${server.stdout()}`);
  }
  return { ...exit, ms: Date.now() - started, stdout: server.stdout(), stderr: server.stderr() };
}
