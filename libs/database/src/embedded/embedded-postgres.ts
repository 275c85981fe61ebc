import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

import { DataDirLock } from './data-dir-lock.js';

export const IN_MEMORY = 'memory://';

/** The socket "port": pg derives the file name `.s.PGSQL.<port>` from it. */
const SOCKET_PORT = 5432;

export interface EmbeddedPostgresOptions {
  /** A directory for the database files, or `memory://` to keep nothing. */
  dataDir: string;
  /** A `dumpDataDir()` tarball to start from (tests use a migrated template). */
  snapshotFile?: string;
}

/** How the `pg` driver reaches the embedded database. */
export interface SocketAddress {
  host: string;
  port: number;
}

/**
 * PostgreSQL compiled to WebAssembly (PGlite), running inside this process and served on a
 * private Unix socket so that TypeORM talks to it through the ordinary `pg` driver. PGlite has a
 * single session: the socket server accepts one connection, and the pool in front of it holds
 * one, so a transaction owns the whole database until it ends and two requests can never
 * interleave inside one.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly socketDir: string,
    private readonly lock: DataDirLock | null,
  ) {}

  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
    const persistent = options.dataDir !== IN_MEMORY;
    const lock = persistent ? await DataDirLock.acquire(options.dataDir) : null;
    try {
      const loadDataDir = options.snapshotFile ? new Blob([new Uint8Array(await readFile(options.snapshotFile))]) : undefined;
      const db = await PGlite.create({ dataDir: persistent ? options.dataDir : undefined, loadDataDir });
      const socketDir = await mkdtemp(join(tmpdir(), 'rural-pg-'));
      const server = new PGLiteSocketServer({
        db,
        path: join(socketDir, `.s.PGSQL.${SOCKET_PORT}`),
        maxConnections: 1,
      });
      await server.start();
      return new EmbeddedPostgres(db, server, socketDir, lock);
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  get address(): SocketAddress {
    return { host: this.socketDir, port: SOCKET_PORT };
  }

  /** A tarball of the data directory, to start other instances from. */
  async dump(): Promise<Blob> {
    return (await this.db.dumpDataDir('none')) as Blob;
  }

  /** Stops serving, flushes and closes the database, then frees the data directory. */
  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
    await rm(this.socketDir, { recursive: true, force: true });
    await this.lock?.release();
  }
}
