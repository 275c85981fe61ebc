import type { RequestContext } from '@rural/core';

import type { SpreadsheetKind } from '../../columns/catalogue.js';
import type { ImportProblem } from '../history/import-problem.js';
import type { ParsedRow } from '../rows/parsed-row.js';

/** What the importer asked for beyond the file. */
export interface ImportOptions {
  /** Imported outcome records go to SUBMITTED (else they stay DRAFT); other kinds ignore it. */
  submit: boolean;
}

/** What a batch of rows did: how many were created, changed or left as they were, and the problems. */
export interface BatchTally {
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
}

/**
 * One import of one kind, row batches in file order. Every batch is checked and written inside
 * the import's one transaction — a dry run too, which is rolled back at the end — so a dry run
 * finds exactly what the commit would, the database's own constraints included. A row with a
 * problem is not written (and the import as a whole will be rolled back); the next rows are still
 * checked, so one run reports every problem.
 */
export interface KindImport {
  batch(rows: ParsedRow[]): Promise<BatchTally>;
  /**
   * After the last batch, still inside the transaction: for kinds whose records span several rows
   * anywhere in the file (an event and its participants), written once every row is read.
   */
  finish?(): Promise<BatchTally>;
}

/** Imports one kind of rows: registered per kind with the import runner. */
export interface KindImporter {
  readonly kind: SpreadsheetKind;
  /** How many rows one `batch` takes: large for kinds written in bulk, small for those written row by row. */
  readonly batchSize: number;
  /**
   * Who may import beyond the role the kind's spec asks (e.g. the committee office), asked before
   * the body is read and before the transaction opens: such checks read on the pool, which on the
   * embedded database must not wait on an open transaction.
   */
  admit?(ctx: RequestContext): Promise<void>;
  /** Starts an import inside the transaction `ctx` holds (ctx.transaction); caches live as long as the returned object. */
  start(ctx: RequestContext, options: ImportOptions): KindImport;
}

export const emptyTally = (): BatchTally => ({ created: 0, updated: 0, unchanged: 0, problems: [] });
