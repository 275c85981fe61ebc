import pg from 'pg';

import { parseLsn, type Lsn } from './lsn.js';
import type { PrimaryWalHistory } from './primary-wal-history.js';

/** A pooled connection as TypeORM's driver takes it: the client and its release. */
export type PooledConnection = [pg.PoolClient, (error?: Error | boolean) => void];

/** What `/health` shows of one replica. No error text: the endpoint answers anyone. */
export interface ReplicaHealth {
  name: string;
  up: boolean;
  /** Reads go to it: up, still a replica, and within the lag limit. */
  inUse: boolean;
  lagMs: number | null;
  lagBytes: number | null;
  replayPaused: boolean | null;
  reason: string | null;
}

export interface ReplicaServerOptions {
  url: string;
  /** The report pool's statement_timeout, as on the primary; 0: none. */
  reportTimeoutMs: number;
  poolSize: number;
}

// A replica that does not answer within this is treated as down and the primary serves: a
// read waits at most this long for a replica before falling back.
const CONNECT_TIMEOUT_MS = 2_000;

/**
 * One streaming replica: a pool for ordinary reads, a bounded pool for reports (the same
 * statement_timeout as the primary's report pool), and a one-connection probe the monitor
 * samples every poll. Pools connect lazily, so a replica that is down at start only shows as down.
 */
export class ReplicaServer {
  readonly name: string;
  private readonly reads: pg.Pool;
  private readonly reports: pg.Pool;
  private readonly probe: pg.Pool;

  private up = false;
  private stillReplica = true;
  private replayed: Lsn | null = null;
  private lagMs: number | null = null;
  private lagBytes: number | null = null;
  private replayPaused: boolean | null = null;
  private reason: string | null = '尚未检查';
  /** Called when the replica goes down or comes back, for one log line per change. */
  onChange: (replica: ReplicaServer, detail: string) => void = () => undefined;

  constructor(
    options: ReplicaServerOptions,
    private readonly maxLagMs: number,
  ) {
    const url = new URL(options.url);
    // host:port/database only: the password must not reach logs or /health.
    this.name = `${url.hostname}:${url.port || '5432'}${url.pathname}`;
    const common = {
      application_name: 'rural-outcomes',
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      // As on the primary (database-connection.ts): reports are read once, JIT costs more than it saves.
      options: '-c jit=off',
    };
    const bounded = new URL(options.url);
    bounded.searchParams.set('statement_timeout', String(options.reportTimeoutMs));
    this.reads = new pg.Pool({ ...common, connectionString: options.url, max: options.poolSize });
    this.reports = new pg.Pool({ ...common, connectionString: bounded.toString(), max: options.poolSize });
    this.probe = new pg.Pool({ ...common, connectionString: options.url, max: 1, query_timeout: CONNECT_TIMEOUT_MS });
    // An idle connection dropped by a stopping replica raises here; unhandled, it would end the process.
    for (const pool of [this.reads, this.reports, this.probe]) pool.on('error', (error) => this.markDown(error));
  }

  /** Reads may go here, provided it has replayed up to `floor` (the caller's last write). */
  serves(floor: Lsn | null): boolean {
    if (!this.inUse || this.replayed === null) return false;
    return floor === null || this.replayed >= floor;
  }

  private get inUse(): boolean {
    return this.up && this.stillReplica && this.lagMs !== null && this.lagMs <= this.maxLagMs;
  }

  connect(kind: 'reads' | 'reports'): Promise<PooledConnection> {
    const pool = kind === 'reads' ? this.reads : this.reports;
    return new Promise((resolve, reject) => {
      pool.connect((error, client, release) => (error || !client ? reject(error ?? new Error('no client')) : resolve([client, release])));
    });
  }

  /** One poll: where the replica's replay stands against the primary's history. */
  async sample(history: PrimaryWalHistory, now: number): Promise<void> {
    try {
      const { rows } = await this.probe.query<{ in_recovery: boolean; replayed: string | null; paused: boolean | null }>(
        // pg_is_wal_replay_paused() raises on a server that is not in recovery, hence the CASE.
        `SELECT pg_is_in_recovery() AS in_recovery, pg_last_wal_replay_lsn()::text AS replayed,
                CASE WHEN pg_is_in_recovery() THEN pg_is_wal_replay_paused() END AS paused`,
      );
      const [row] = rows;
      const wasInUse = this.inUse;
      this.up = true;
      this.stillReplica = row.in_recovery;
      this.replayPaused = row.paused;
      this.replayed = parseLsn(row.replayed);
      this.lagMs = this.replayed === null ? null : history.lagMs(this.replayed, now);
      const primary = history.latest;
      this.lagBytes = primary === null || this.replayed === null ? null : Number(primary > this.replayed ? primary - this.replayed : 0n);
      this.reason = this.describe();
      if (wasInUse !== this.inUse) this.onChange(this, this.reason ?? 'in use');
    } catch (error) {
      this.markDown(error as Error);
    }
  }

  /** Down until a poll finds it answering again. */
  markDown(error: Error): void {
    const wasUp = this.up;
    this.up = false;
    this.lagMs = null;
    this.lagBytes = null;
    this.replayPaused = null;
    this.reason = '无法连接';
    if (wasUp) this.onChange(this, `down: ${error.message}`);
  }

  health(): ReplicaHealth {
    const { name, up, inUse, lagMs, lagBytes, replayPaused, reason } = this;
    return { name, up, inUse, lagMs, lagBytes, replayPaused, reason };
  }

  async end(): Promise<void> {
    await Promise.all([this.reads.end(), this.reports.end(), this.probe.end()]);
  }

  private describe(): string | null {
    if (!this.stillReplica) return '已不是只读副本（可能已提升为主库）';
    if (this.lagMs === null) return '延迟未知（主库位置尚未取得）';
    if (this.lagMs > this.maxLagMs) return `延迟 ${this.lagMs} ms，超过上限 ${this.maxLagMs} ms`;
    return null;
  }
}
