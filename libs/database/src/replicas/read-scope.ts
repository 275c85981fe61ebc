import { AsyncLocalStorage } from 'node:async_hooks';

import type { Lsn } from './lsn.js';

/**
 * What one HTTP request allows its reads: whether they may go to a replica at all, and the WAL
 * position a replica must have replayed first (the caller's last write). Kept in async-local
 * storage because reads leave through TypeORM's repositories, DataLoaders and raw statements,
 * none of which carries the request; the driver's connection hook reads it back.
 */
export interface ReadScope {
  /** True for a request that only reads (a GraphQL query, a GET): a mutation reads on the primary. */
  replicaReads(): boolean;
  /** The caller's last committed write; a replica behind it is not used. Null: no write known. */
  readonly floor: Lsn | null;
  /** Called after the request commits a write transaction, with the primary's position. */
  wrote(lsn: Lsn): void;
}

const scopes = new AsyncLocalStorage<ReadScope>();

/** Runs `work` (the rest of the request) under this scope. */
export function runInReadScope<T>(scope: ReadScope, work: () => T): T {
  return scopes.run(scope, work);
}

/** The current request's scope; undefined outside a request (start-up, scripts, the seed): primary. */
export function currentReadScope(): ReadScope | undefined {
  return scopes.getStore();
}

/**
 * One report statement in flight: it asks for the bounded (statement_timeout) pools, and learns
 * which replica served it, so that a replica's failure mid-statement can be retried on the primary.
 */
export interface ReportStatement {
  servedBy: string | null;
  /** A retry after a replica failed: the primary only. */
  primaryOnly?: boolean;
}

const reports = new AsyncLocalStorage<ReportStatement>();

export function runAsReport<T>(statement: ReportStatement, work: () => Promise<T>): Promise<T> {
  return reports.run(statement, work);
}

export function currentReport(): ReportStatement | undefined {
  return reports.getStore();
}
