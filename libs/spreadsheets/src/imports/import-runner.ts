import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';

import { DomainError, type RequestContext } from '@rural/core';
import { Transactions } from '@rural/database';

import { SPREADSHEET_KINDS, type KindSpec, type SpreadsheetKind } from '../columns/catalogue.js';
import { csvRows } from './files/csv-rows.js';
import { sniffFormat } from './files/file-format.js';
import type { SheetRow } from './files/sheet-row.js';
import { readCounted, type UploadedFile } from './files/uploaded-file.js';
import { xlsxRows } from './files/xlsx-rows.js';
import { ImportHistory, KEPT_PROBLEMS, type ImportResult } from './history/import-history.js';
import type { ImportProblem } from './history/import-problem.js';
import { ImportStatus } from './history/import-status.js';
import type { SpreadsheetImport } from './history/spreadsheet-import.entity.js';
import { IMPORT_LIMITS, type ImportLimits } from './import-limits.js';
import { assertMayImport } from './import-permission.js';
import { ImportProgressBoard, type ImportProgress } from './import-progress.js';
import type { BatchTally, KindImporter } from './kinds/kind-importer.js';
import { KIND_IMPORTERS } from './kinds/kind-importers.js';
import type { ParsedRow } from './rows/parsed-row.js';
import { readRows } from './rows/read-rows.js';

/** What the importer asked for. */
export interface ImportRequest {
  spec: KindSpec;
  file: UploadedFile;
  fileName: string | null;
  dryRun: boolean;
  submit: boolean;
  /** Hears the progress as rows are read (the command-line import draws its bar from it). */
  onProgress?: (progress: ImportProgress) => void;
}

const LOG_EVERY_ROWS = 10_000;

type ProgressReporter = (rowsRead: number, phase: ImportProgress['phase']) => void;

/** Thrown to roll the import's transaction back once everything is known (a dry run, or problems found). */
class RollBack {
  constructor(readonly result: ImportResult) {}
}

/**
 * Runs an import: remembers it (RUNNING), reads the file row by row, checks and writes every batch
 * in one transaction that names the import to the audit trail, and commits only a commit without
 * a single problem — all rows or none. A dry run is the same run, rolled back.
 */
@Injectable()
export class ImportRunner implements OnApplicationBootstrap {
  private readonly logger = new Logger('Imports');
  private readonly startedAt = new Date();
  private readonly importers: Map<SpreadsheetKind, KindImporter>;

  constructor(
    private readonly transactions: Transactions,
    private readonly history: ImportHistory,
    private readonly board: ImportProgressBoard,
    @Inject(KIND_IMPORTERS) importers: KindImporter[],
    @Inject(IMPORT_LIMITS) private readonly limits: ImportLimits,
  ) {
    this.importers = new Map(importers.map((importer) => [importer.kind, importer]));
    // Every kind a template exists for can be imported: a kind added without its importer stops the start.
    const missing = SPREADSHEET_KINDS.filter((kind) => !this.importers.has(kind));
    if (missing.length > 0) throw new Error(`no importer registered for: ${missing.join(', ')}`);
  }

  async onApplicationBootstrap(): Promise<void> {
    const failed = await this.history.failAbandoned(this.startedAt);
    if (failed > 0) this.logger.warn(`${failed} import(s) left RUNNING by a stopped server marked FAILED (they wrote nothing)`);
  }

  /** Refuses a caller who may not import this kind: the role first, then the kind's own rule (the committee office). */
  async admit(ctx: RequestContext, spec: KindSpec): Promise<void> {
    assertMayImport(ctx, spec);
    await this.importers.get(spec.kind)?.admit?.(ctx);
  }

  async run(ctx: RequestContext, request: ImportRequest): Promise<SpreadsheetImport> {
    const { spec, file } = request;
    const importer = this.importers.get(spec.kind) as KindImporter;
    await this.admit(ctx, spec);
    const record = await this.history.start(ctx, {
      kind: spec.kind,
      dryRun: request.dryRun,
      submit: request.submit,
      fileName: request.fileName,
      sha256: file.sha256,
      bytes: file.bytes,
    });
    let bytesRead = 0;
    const progress: ProgressReporter = (rowsRead, phase) => {
      const update = { rowsRead, phase, bytesRead, bytes: file.bytes };
      this.board.update(record.id, update);
      request.onProgress?.(update);
    };
    try {
      const format = await sniffFormat(file.path);
      const input = readCounted(file, (read) => (bytesRead = read));
      const source = format === 'xlsx' ? xlsxRows(input) : csvRows(file.path, input);
      return await this.history.finish(record.id, await this.importFile(ctx, record.id, request, importer, source, progress));
    } catch (error) {
      // A refused file (not a spreadsheet, too many rows) is remembered as INVALID with its reason,
      // anything else as FAILED; either way nothing was written, and the caller hears why.
      const ending =
        error instanceof DomainError
          ? { ...emptyResult(ImportStatus.INVALID), errorCount: 1, errors: [fileProblem(error.message)] }
          : emptyResult(ImportStatus.FAILED);
      await this.history
        .finish(record.id, ending)
        .catch((failure) => this.logger.error({ err: failure }, 'could not record an import ending'));
      throw error;
    } finally {
      this.board.end(record.id);
    }
  }

  private async importFile(
    ctx: RequestContext,
    importId: string,
    request: ImportRequest,
    importer: KindImporter,
    source: AsyncIterable<SheetRow>,
    progress: ProgressReporter,
  ): Promise<ImportResult> {
    try {
      return await this.transactions.run(ctx, async (tx) => {
        await tx.transaction.query(`SELECT set_config('rural.import_id', $1, true)`, [importId]);
        const result = emptyResult(ImportStatus.RUNNING);
        const keep = (problems: ImportProblem[]) => {
          result.errorCount += problems.length;
          if (result.errors.length < KEPT_PROBLEMS) result.errors.push(...problems.slice(0, KEPT_PROBLEMS - result.errors.length));
        };
        const kind = importer.start(tx, { submit: request.submit });
        let batch: ParsedRow[] = [];
        // A line in the server log every 10,000 rows: an administrator can follow a large import
        // even on the embedded database, where other requests wait for its one connection.
        let nextLog = LOG_EVERY_ROWS;
        const add = (tally: BatchTally) => {
          result.created += tally.created;
          result.updated += tally.updated;
          result.unchanged += tally.unchanged;
          keep(tally.problems);
        };
        const flush = async () => {
          add(await kind.batch(batch));
          batch = [];
          progress(result.rows, 'READING');
          if (result.rows >= nextLog) {
            this.logger.log(`import ${importId} (${request.spec.kind}): ${result.rows} rows read, ${result.errorCount} problems so far`);
            nextLog += LOG_EVERY_ROWS;
          }
        };
        const rows = readRows(source, request.spec, this.limits.maxRows, (header) => keep(header.problems));
        for await (const row of rows) {
          result.rows += 1;
          batch.push(row);
          if (batch.length >= importer.batchSize) await flush();
        }
        if (batch.length > 0) await flush();
        if (kind.finish) add(await kind.finish());
        progress(result.rows, 'FINISHING');
        if (result.errorCount > 0) throw new RollBack({ ...result, status: ImportStatus.INVALID });
        if (result.rows === 0) {
          keep([{ ...fileProblem('文件中没有数据行：请在表头下方逐行填写（示例行不计）'), code: 'REQUIRED' }]);
          throw new RollBack({ ...result, status: ImportStatus.INVALID });
        }
        if (request.dryRun) throw new RollBack({ ...result, status: ImportStatus.VALID });
        return { ...result, status: ImportStatus.COMMITTED };
      });
    } catch (error) {
      if (error instanceof RollBack) return error.result;
      throw error;
    }
  }
}

function fileProblem(message: string): ImportProblem {
  return { sheet: null, row: null, column: null, code: 'INVALID', message };
}

function emptyResult(status: ImportStatus): ImportResult {
  return { status, rows: 0, created: 0, updated: 0, unchanged: 0, errorCount: 0, errors: [] };
}
