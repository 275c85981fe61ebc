import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import type { Page, PaginationArgs, RequestContext } from '@rural/core';

import type { ImportProblem } from './import-problem.js';
import { ImportStatus } from './import-status.js';
import { SpreadsheetImport } from './spreadsheet-import.entity.js';

/** Problems kept with an import: enough to fix any real file; `errorCount` still counts them all. */
export const KEPT_PROBLEMS = 10_000;

/** How an import ended, as the history keeps it. */
export interface ImportResult {
  status: ImportStatus;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: ImportProblem[];
}

/**
 * The `spreadsheet_import` table. Written outside the import's own transaction — before it (the
 * RUNNING row, whose id the audit entries carry) and after it (how it ended) — so a rolled-back
 * import is remembered too.
 */
@Injectable()
export class ImportHistory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  start(
    ctx: RequestContext,
    file: { kind: string; dryRun: boolean; submit: boolean; fileName: string | null; sha256: string; bytes: number },
  ): Promise<SpreadsheetImport> {
    const caller = ctx.caller;
    const repository = this.dataSource.getRepository(SpreadsheetImport);
    return repository.save(
      repository.create({
        ...file,
        status: ImportStatus.RUNNING,
        actorKind: caller.kind,
        actorId: caller.kind === 'SYSTEM' ? null : caller.id,
        actorName: caller.username,
        divisionId: ctx.scope,
      }),
    );
  }

  async finish(id: string, result: ImportResult): Promise<SpreadsheetImport> {
    await this.dataSource
      .getRepository(SpreadsheetImport)
      .update({ id }, { ...result, errors: result.errors.slice(0, KEPT_PROBLEMS), finishedAt: () => 'clock_timestamp()' });
    return this.dataSource.getRepository(SpreadsheetImport).findOneByOrFail({ id });
  }

  /** Imports stopped by a restart: they wrote nothing (their transaction died with the process). */
  async failAbandoned(before: Date): Promise<number> {
    const result = await this.dataSource
      .getRepository(SpreadsheetImport)
      .createQueryBuilder()
      .update()
      .set({ status: ImportStatus.FAILED, finishedAt: () => 'clock_timestamp()' })
      .where('status = :running AND started_at < :before', { running: ImportStatus.RUNNING, before })
      .execute();
    return result.affected ?? 0;
  }

  /** The imports the caller may see: their division's (all, for a caller without one), latest first. */
  list(
    ctx: RequestContext,
    filter: { kind?: string | null; status?: ImportStatus | null },
    { skip, take }: PaginationArgs,
  ): Promise<Page<SpreadsheetImport>> {
    const query = this.visible(ctx);
    if (filter.kind) query.andWhere('i.kind = :kind', { kind: filter.kind });
    if (filter.status) query.andWhere('i.status = :status', { status: filter.status });
    return query
      .orderBy('i.id', 'DESC')
      .skip(skip)
      .take(take)
      .getManyAndCount()
      .then(([items, totalItems]) => ({ items, totalItems }));
  }

  /** The import, locked until the transaction ends (two undos of one import never both run). */
  lockVisible(ctx: RequestContext, id: string): Promise<SpreadsheetImport | null> {
    return this.visible(ctx, ctx.transaction).andWhere('i.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async markUndone(ctx: RequestContext, id: string): Promise<SpreadsheetImport> {
    const repository = ctx.transaction.getRepository(SpreadsheetImport);
    await repository.update({ id }, { status: ImportStatus.UNDONE, undoneAt: () => 'clock_timestamp()', undoneBy: ctx.caller.username });
    return repository.findOneByOrFail({ id });
  }

  findVisible(ctx: RequestContext, id: string): Promise<SpreadsheetImport | null> {
    return this.visible(ctx).andWhere('i.id = :id', { id }).getOne();
  }

  // An import belongs to the importer's division: a county's editors see their towns' imports.
  private visible(ctx: RequestContext, manager: EntityManager = this.dataSource.manager) {
    const query = manager.getRepository(SpreadsheetImport).createQueryBuilder('i');
    if (ctx.scope) {
      query.where('(i.division_id = :scope OR i.division_id IN (SELECT d.id FROM division d WHERE :scope = ANY(d.ancestor_ids)))', {
        scope: ctx.scope,
      });
    }
    return query;
  }
}
