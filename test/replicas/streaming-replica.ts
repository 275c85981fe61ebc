import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import pg from 'pg';

import { freePort } from '../runtime/server-process.js';
import type { ThrowawayPostgres } from '../support/throwaway-postgres.js';

const run = promisify(execFile);

/**
 * The Debian binaries this needs (initdb, pg_ctl, pg_basebackup), or why they cannot be used: the
 * suite skips itself with that reason rather than fail on a machine without a PostgreSQL server.
 */
export function postgresBinaries(): { bin: string } | { missing: string } {
  const root = '/usr/lib/postgresql';
  const dirs = process.env.PG_BIN_DIR
    ? [process.env.PG_BIN_DIR]
    : existsSync(root)
      ? readdirSync(root)
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => join(root, version, 'bin'))
      : [];
  const bin = dirs.find((dir) => ['initdb', 'pg_ctl', 'pg_basebackup'].every((program) => existsSync(join(dir, program))));
  return bin ? { bin } : { missing: `no initdb, pg_ctl and pg_basebackup under ${process.env.PG_BIN_DIR ?? root}` };
}

/**
 * A hot standby of a throwaway primary: `pg_basebackup -R` (which writes primary_conninfo and
 * standby.signal) into a directory of its own, started on another port, streaming from then on.
 * As root the programs run as the `postgres` user, which owns the directory (initdb and pg_ctl
 * refuse root).
 */
export class StreamingReplica {
  private running = false;

  private constructor(
    private readonly bin: string,
    private readonly dir: string,
    readonly port: number,
  ) {}

  static async of(primary: ThrowawayPostgres, bin: string): Promise<StreamingReplica> {
    const dir = await mkdtemp(join(tmpdir(), 'rural-replica-'));
    if (asRoot()) {
      const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
      await chown(dir, Number(uid.stdout), Number(gid.stdout));
    }
    const replica = new StreamingReplica(bin, dir, await freePort());
    try {
      const source = ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres'];
      await replica.pg('pg_basebackup', [...source, '-D', replica.dataDir, '-R', '-X', 'stream', '-c', 'fast', '--no-sync']);
      await replica.start();
      return replica;
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dir}`;
    await this.pg('pg_ctl', ['-D', this.dataDir, '-l', join(this.dir, 'server.log'), '-o', options, '-w', '-t', '30', 'start']);
    this.running = true;
  }

  async stop(): Promise<void> {
    await this.pg('pg_ctl', ['-D', this.dataDir, '-m', 'fast', '-w', '-t', '30', 'stop']);
    this.running = false;
  }

  /** One statement on the standby itself (pg_wal_replay_pause() and the like). */
  async sql<T extends pg.QueryResultRow>(text: string): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.url() });
    await client.connect();
    try {
      return (await client.query<T>(text)).rows;
    } finally {
      await client.end();
    }
  }

  async destroy(): Promise<void> {
    if (this.running) await this.pg('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  private async pg(program: string, args: string[]): Promise<void> {
    const path = join(this.bin, program);
    const [file, argv] = asRoot() ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
    try {
      await run(file, argv, { timeout: 60_000 });
    } catch (error) {
      const log = await readFile(join(this.dir, 'server.log'), 'utf8').catch(() => '');
      const { stderr } = error as { stderr?: string };
      throw new Error(`${program} failed: ${stderr || String(error)}\n${log}`, { cause: error });
    }
  }
}

function asRoot(): boolean {
  return process.getuid?.() === 0;
}
