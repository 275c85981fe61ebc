import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import { DataSource } from 'typeorm';

import { DATABASE_TARGET, DEFAULT_REPORT_TIMEOUT_MS, type DatabaseTarget } from '../database-connection.js';
import { parseLsn, type Lsn } from './lsn.js';
import { PrimaryWalHistory } from './primary-wal-history.js';
import { currentReadScope, currentReport } from './read-scope.js';
import { ReplicaServer, type PooledConnection, type ReplicaHealth } from './replica-server.js';

export const DEFAULT_REPLICA_MAX_LAG_MS = 5_000;
const POLL_MS = 1_000;
// How long a caller's last write is remembered in this process: past it, every replica in use has
// replayed it anyway (the lag limit is at most a minute, see environment.ts).
const REMEMBER_WRITE_MS = 60_000;
// A write whose position could not be read: the caller reads on the primary for a while.
const UNKNOWN_WRITE: Lsn = (1n << 64n) - 1n;

/** TypeORM's Postgres driver, as far as the routing hook touches it. */
interface ReadConnections {
  obtainMasterConnection(): Promise<PooledConnection>;
  obtainSlaveConnection(): Promise<PooledConnection>;
}

/**
 * Sends reads to streaming replicas (`DATABASE_REPLICA_URLS`) when that cannot show a caller
 * something older than what they wrote:
 * - only reads TypeORM runs in "slave" mode (a query builder or repository find outside a
 *   transaction; `runReportStatement`) and only in a request that only reads (ReadScope);
 *   writes, transactions and raw `dataSource.query` stay on the primary;
 * - only to a replica that is up, still in recovery, within `REPLICA_MAX_LAG_MS`, and has
 *   replayed the caller's last write (read-your-writes by WAL position);
 * - a replica that refuses a connection is marked down and the primary serves the read.
 * Without replicas nothing here runs and every read stays on the primary as before.
 */
@Injectable()
export class ReplicaRouter implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ReplicaRouter.name);
  private replicas: ReplicaServer[] = [];
  private primaryProbe: pg.Pool | null = null;
  private history = new PrimaryWalHistory(60_000);
  private timer: NodeJS.Timeout | null = null;
  private polling = false;
  private turn = 0;
  private readonly recentWrites = new Map<string, { lsn: Lsn; at: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DATABASE_TARGET) private readonly target: DatabaseTarget,
  ) {}

  /** True when replicas are configured (a server with `DATABASE_REPLICA_URLS`). */
  get enabled(): boolean {
    return this.replicas.length > 0;
  }

  onModuleInit(): void {
    const { url, replicaUrls = [] } = this.target;
    if (!url || replicaUrls.length === 0) return;
    const maxLagMs = this.target.replicaMaxLagMs ?? DEFAULT_REPLICA_MAX_LAG_MS;
    // Remember enough of the primary's history to date any lag up to twice the limit.
    this.history = new PrimaryWalHistory(Math.max(2 * maxLagMs, 10_000));
    const reportTimeoutMs = this.target.reportTimeoutMs ?? DEFAULT_REPORT_TIMEOUT_MS;
    this.replicas = replicaUrls.map((replicaUrl) => new ReplicaServer({ url: replicaUrl, reportTimeoutMs, poolSize: 10 }, maxLagMs));
    for (const replica of this.replicas) {
      replica.onChange = (changed, detail) => this.logger.warn(`replica ${changed.name}: ${detail}`);
    }
    this.primaryProbe = new pg.Pool({ connectionString: url, max: 1, application_name: 'rural-outcomes', connectionTimeoutMillis: 2_000 });
    this.primaryProbe.on('error', () => undefined); // the primary's own failures are /health's database check
    this.installHook();
    void this.poll();
    this.timer = setInterval(() => void this.poll(), POLL_MS);
    this.timer.unref();
    this.logger.log(`reads may go to ${this.replicas.length} replica(s), lag limit ${maxLagMs} ms`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.all([...this.replicas.map((replica) => replica.end()), this.primaryProbe?.end()]);
  }

  /** Each replica's state, for `/health`; null without replicas. */
  health(): { state: 'ok' | 'degraded'; servers: ReplicaHealth[] } | null {
    if (!this.enabled) return null;
    const servers = this.replicas.map((replica) => replica.health());
    return { state: servers.every((server) => server.inUse) ? 'ok' : 'degraded', servers };
  }

  /**
   * After a request commits a write: the primary's position now, which the caller's later reads
   * wait for. One extra statement per write transaction, and only with replicas configured.
   */
  async recordWrite(): Promise<void> {
    const scope = currentReadScope();
    if (!this.enabled || !scope) return;
    try {
      const [row] = (await this.dataSource.query(`SELECT pg_current_wal_lsn()::text AS lsn`)) as { lsn: string }[];
      scope.wrote(parseLsn(row.lsn) ?? UNKNOWN_WRITE);
    } catch {
      // The write is committed; its position is not known, so the caller stays on the primary.
      scope.wrote(UNKNOWN_WRITE);
    }
  }

  /** The last write this process saw from a caller (by a key of their credentials). */
  lastWriteOf(callerKey: string): Lsn | null {
    const remembered = this.recentWrites.get(callerKey);
    return remembered && remembered.at > Date.now() - REMEMBER_WRITE_MS ? remembered.lsn : null;
  }

  rememberWrite(callerKey: string, lsn: Lsn): void {
    this.recentWrites.set(callerKey, { lsn, at: Date.now() });
  }

  private installHook(): void {
    const driver = this.dataSource.driver as unknown as ReadConnections;
    // TypeORM's own "slave" pool is the primary's bounded report pool (database-connection.ts).
    const primaryReports = driver.obtainSlaveConnection.bind(driver);
    const primaryReads = driver.obtainMasterConnection.bind(driver);
    driver.obtainSlaveConnection = async () => {
      const report = currentReport();
      const replica = report?.primaryOnly ? null : this.choose();
      if (replica) {
        try {
          const connection = await replica.connect(report ? 'reports' : 'reads');
          if (report) report.servedBy = replica.name;
          return connection;
        } catch (error) {
          // Never the client's problem: the primary serves this read, the replica waits for a poll.
          replica.markDown(error as Error);
        }
      }
      return report ? primaryReports() : primaryReads();
    };
  }

  /** A replica in use that has the caller's last write, taken in turn; null: the primary. */
  private choose(): ReplicaServer | null {
    const scope = currentReadScope();
    if (!scope?.replicaReads()) return null;
    const floor = scope.floor;
    const candidates = this.replicas.filter((replica) => replica.serves(floor));
    if (candidates.length === 0) return null;
    this.turn = (this.turn + 1) % candidates.length;
    return candidates[this.turn];
  }

  private async poll(): Promise<void> {
    // A slow poll (a replica timing out) must not pile up behind itself.
    if (this.polling || !this.primaryProbe) return;
    this.polling = true;
    try {
      try {
        const { rows } = await this.primaryProbe.query<{ lsn: string }>(`SELECT pg_current_wal_lsn()::text AS lsn`);
        const lsn = parseLsn(rows[0].lsn);
        if (lsn !== null) this.history.record(Date.now(), lsn);
      } catch {
        // Without a fresh primary position replicas are dated against the last one known.
      }
      const now = Date.now();
      await Promise.all(this.replicas.map((replica) => replica.sample(this.history, now)));
      for (const [key, { at }] of this.recentWrites) if (at < now - REMEMBER_WRITE_MS) this.recentWrites.delete(key);
    } finally {
      this.polling = false;
    }
  }
}
