import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions.js';

import { EmbeddedPostgres, type EmbeddedPostgresOptions } from './embedded/embedded-postgres.js';
import { runAsReport, type ReportStatement } from './replicas/read-scope.js';
import { StatementCounter } from './statement-counter.js';

/** Where the database is: a server URL, or the embedded database's options. */
export interface DatabaseTarget {
  url?: string;
  embedded: EmbeddedPostgresOptions;
  /** How long one report statement may run on a server, in ms; 0 for no limit. Default 30 s. */
  reportTimeoutMs?: number;
  /** Streaming replicas reads may use (server only; see ReplicaRouter). */
  replicaUrls?: string[];
  /** A replica further behind than this, in ms, is not read from. */
  replicaMaxLagMs?: number;
}

export const DEFAULT_REPORT_TIMEOUT_MS = 30_000;

export const DATABASE_TARGET = Symbol('DATABASE_TARGET');

type ConnectionOptions = Pick<
  PostgresDataSourceOptions,
  'url' | 'host' | 'port' | 'username' | 'database' | 'poolSize' | 'connectTimeoutMS' | 'extra' | 'replication'
>;

/**
 * Opens the database the configuration names and closes it last on shutdown: the embedded one
 * is started here, a server is only connected to.
 */
@Injectable()
export class DatabaseConnection implements OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseConnection.name);
  private embedded: EmbeddedPostgres | null = null;

  /** Counts every statement sent through the app's data source. */
  readonly statementCounter = new StatementCounter();

  constructor(private readonly moduleRef: ModuleRef) {}

  get isEmbedded(): boolean {
    return this.embedded !== null;
  }

  async open(target: DatabaseTarget): Promise<ConnectionOptions> {
    const withReplicas = (target.replicaUrls?.length ?? 0) > 0;
    if (target.url) return serverConnection(target.url, target.reportTimeoutMs ?? DEFAULT_REPORT_TIMEOUT_MS, withReplicas);
    // The configuration check refuses this first (environment.ts); this guards other callers.
    if (withReplicas) throw new Error('只读副本（DATABASE_REPLICA_URLS）须与 DATABASE_URL 指定的 PostgreSQL 服务器一起使用');
    const started = Date.now();
    this.embedded = await EmbeddedPostgres.start(target.embedded);
    this.logger.log(`embedded PostgreSQL ready in ${Date.now() - started} ms (data: ${target.embedded.dataDir})`);
    const { host, port } = this.embedded.address;
    return {
      host,
      port,
      username: 'postgres',
      database: 'postgres',
      // One session only: see EmbeddedPostgres. A query made outside the transaction that holds
      // the connection waits for it; the timeout turns such a mistake into an error, not a hang.
      poolSize: 1,
      connectTimeoutMS: 5_000,
      extra: { idleTimeoutMillis: 0 },
    };
  }

  /** The embedded database's data, for tests that build a template. */
  async dumpEmbedded(): Promise<Blob> {
    if (!this.embedded) throw new Error('not running on the embedded database');
    return this.embedded.dump();
  }

  async onApplicationShutdown(): Promise<void> {
    // The pool must be drained before the embedded server behind it stops.
    const dataSource = this.moduleRef.get(DataSource, { strict: false });
    if (dataSource?.isInitialized) await dataSource.destroy();
    if (this.embedded) {
      await this.embedded.stop();
      this.embedded = null;
      this.logger.log('embedded PostgreSQL closed');
    }
  }
}

/**
 * A server gets two pools. Reports are single statements that may read a whole county; a
 * statement_timeout bounds them, and since it cannot be set around one statement without a
 * second statement (SET LOCAL in a transaction), it is a setting of the sessions of a pool of
 * their own, sent when each connection opens. TypeORM's read-replica option provides that pool
 * ("slave", same server); `defaultMode: 'master'` keeps every other statement — use cases,
 * lookups, migrations — on the unbounded pool, and reports ask for the bounded one by name
 * (`runReportStatement`).
 *
 * With streaming replicas, TypeORM's reads (query builders and finds outside a transaction) are
 * made in "slave" mode too, and ReplicaRouter decides per read: a replica, or else the primary's
 * unbounded pool for an ordinary read and the bounded one for a report. Raw statements and
 * transactions stay on the primary either way.
 */
function serverConnection(url: string, reportTimeoutMs: number, withReplicas: boolean): ConnectionOptions {
  const bounded = new URL(url);
  // pg sends a connection string's unknown parameters to the server as session settings.
  bounded.searchParams.set('statement_timeout', String(reportTimeoutMs));
  return {
    replication: { master: { url }, slaves: [{ url: bounded.toString() }], defaultMode: withReplicas ? 'slave' : 'master' },
    // Each pool: up to 10 connections. Connecting gives up after 10 s, not the driver's "never".
    poolSize: 10,
    connectTimeoutMS: 10_000,
    // JIT compiling a report's many aggregates costs more than it saves (R2 at 1M records: 3.1 s
    // with JIT, 1.1 s without); these statements are read once, not run for minutes.
    extra: { options: '-c jit=off' },
  };
}

/**
 * Runs one report statement on the report pool, where statement_timeout applies; on the embedded
 * database (one session, one pool) it runs on that pool, without a limit (PGlite cannot interrupt
 * a running statement). With replicas it may run on a replica's report pool; if that replica
 * fails during the statement, it runs again on the primary: a read, so running it twice is safe.
 */
export async function runReportStatement<T>(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<T[]> {
  const statement: ReportStatement = { servedBy: null };
  try {
    return await runAsReport(statement, () => reportQuery<T>(dataSource, sql, parameters));
  } catch (error) {
    if (statement.servedBy === null || !replicaFailed(error)) throw error;
    return runAsReport({ servedBy: null, primaryOnly: true }, () => reportQuery<T>(dataSource, sql, parameters));
  }
}

async function reportQuery<T>(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<T[]> {
  const runner = dataSource.createQueryRunner('slave');
  try {
    return (await runner.query(sql, parameters)) as T[];
  } finally {
    await runner.release();
  }
}

/**
 * A failure of the server rather than of the statement: the connection lost (class 08, or no
 * code at all), the server shutting down (57P01–57P03), or a replica cancelling the statement
 * for a conflict with recovery (40001). A statement_timeout (57014) is the statement's own.
 */
function replicaFailed(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
  return code === undefined || code.startsWith('08') || ['57P01', '57P02', '57P03', '40001'].includes(code);
}
