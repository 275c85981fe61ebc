import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { freePort } from '../runtime/server-process.js';

const run = promisify(execFile);

/**
 * A PostgreSQL server of a test's own, on a free port, for the tests that stop, crash and restart
 * the database: the shared server on 5432 is never touched. initdb and pg_ctl refuse to run as
 * root, so as root they run as the `postgres` user (runuser), which then owns the directory.
 * The binaries come from PG_BIN_DIR, else the newest /usr/lib/postgresql/<version>/bin (Debian),
 * else `pg_config --bindir`.
 */
export class ThrowawayPostgres {
  private running = false;

  private constructor(
    private readonly bin: string,
    private readonly dir: string,
    readonly port: number,
  ) {}

  /** initdb in a fresh directory, then start. Takes about a second. */
  static async create(): Promise<ThrowawayPostgres> {
    const bin = await binDir();
    const dir = await mkdtemp(join(tmpdir(), 'rural-throwaway-pg-'));
    const owner = asRoot() ? await postgresUser() : null;
    if (owner) await chown(dir, owner.uid, owner.gid);
    const server = new ThrowawayPostgres(bin, dir, await freePort());
    try {
      // No fsync for initdb's own files (they are made once and never crash); the server itself
      // keeps its defaults (fsync on, synchronous commit), as a production server would.
      await server.pg('initdb', ['-D', server.dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
      await server.start();
      return server;
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  }

  /** True between start and stop. */
  get isRunning(): boolean {
    return this.running;
  }

  /** `postgres://…` of a database on this server. */
  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Starts the server and waits until it takes connections (after crash recovery if needed). */
  async start(): Promise<void> {
    // The socket goes in the server's own directory, so that nothing is left in /tmp.
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dir}`;
    await this.pg('pg_ctl', ['-D', this.dataDir, '-l', this.logFile, '-o', options, '-w', '-t', '30', 'start']);
    this.running = true;
  }

  /**
   * `fast`: a clean shutdown (clients are disconnected with 57P01, a checkpoint is written).
   * `immediate`: a crash as far as the data is concerned — every process quits at once, no
   * checkpoint; the next start replays the WAL.
   */
  async stop(mode: 'fast' | 'immediate'): Promise<void> {
    await this.pg('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', '-t', '30', 'stop']);
    this.running = false;
  }

  /** The server's own log, for a failing test's message. */
  log(): Promise<string> {
    return readFile(this.logFile, 'utf8').catch(() => '');
  }

  /** Stops the server if it runs and removes every file it had. */
  async destroy(): Promise<void> {
    if (this.running) await this.stop('immediate').catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  private get logFile(): string {
    return join(this.dir, 'server.log');
  }

  private async pg(program: string, args: string[]): Promise<void> {
    const path = join(this.bin, program);
    const [file, argv] = asRoot() ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
    try {
      await run(file, argv, { timeout: 60_000 });
    } catch (error) {
      const { stderr, stdout } = error as { stderr?: string; stdout?: string };
      throw new Error(`${program} ${args.join(' ')} failed: ${stderr || stdout || String(error)}\n${await this.log()}`, { cause: error });
    }
  }
}

function asRoot(): boolean {
  return process.getuid?.() === 0;
}

async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

async function binDir(): Promise<string> {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const newest = readdirSync(debian)
      .filter((version) => existsSync(join(debian, version, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a))[0];
    if (newest) return join(debian, newest, 'bin');
  }
  try {
    return (await run('pg_config', ['--bindir'])).stdout.trim();
  } catch (error) {
    throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found: install PostgreSQL or set PG_BIN_DIR', { cause: error });
  }
}
