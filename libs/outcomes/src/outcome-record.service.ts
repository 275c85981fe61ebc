import { Injectable } from '@nestjs/common';

import {
  actorRef,
  assertValid,
  ConflictError,
  NotFoundError,
  Role,
  roleCovers,
  type Page,
  type PaginationArgs,
  type RequestContext,
} from '@rural/core';
import { Transactions, updateVersioned } from '@rural/database';
import { assertWithinScope, withinScope } from '@rural/geography';

import type { ImpactFilter } from './dto/impact-filter.input.js';
import { RecordOutcomeInput } from './dto/record-outcome.input.js';
import type { UpdateOutcomeRecordInput } from './dto/update-outcome-record.input.js';
import { checkOutcomeRecord } from './outcome-record.checks.js';
import { OutcomeRecord } from './outcome-record.entity.js';
import { OutcomeRecordRepository, type RecordCursor, type RecordReader, type WritableColumns } from './outcome-record.repository.js';
import { OutcomeStatus } from './outcome-status.js';

/** 成效记录: the figures of one base or division for one period. */
@Injectable()
export class OutcomeRecordService {
  constructor(
    private readonly transactions: Transactions,
    private readonly records: OutcomeRecordRepository,
  ) {}

  /** One record the caller may read, or null (none, outside their division, or pending for a viewer). */
  async findById(ctx: RequestContext, id: string): Promise<OutcomeRecord | null> {
    const record = await this.records.findById(id);
    return record && readable(record, readerOf(ctx)) ? record : null;
  }

  /** The records an ImpactFilter covers that the caller may read, latest period first. */
  list(
    ctx: RequestContext,
    filter: ImpactFilter | null | undefined,
    paging: PaginationArgs,
    statuses?: OutcomeStatus[] | null,
  ): Promise<Page<OutcomeRecord>> {
    return this.records.page(filter, paging, readerOf(ctx), statuses);
  }

  /**
   * The same records in the same order, `take` at a time after `after` (null: from the start):
   * for walking the whole list (exports), where offset pages would re-read every row before them.
   */
  listAfter(
    ctx: RequestContext,
    filter: ImpactFilter | null | undefined,
    after: RecordCursor | null,
    take: number,
  ): Promise<OutcomeRecord[]> {
    return this.records.pageAfter(filter, after, take, readerOf(ctx));
  }

  record(ctx: RequestContext, input: RecordOutcomeInput): Promise<OutcomeRecord> {
    return this.transactions.run(ctx, async (tx) => {
      await checkOutcomeRecord(tx, this.records, input, null);
      const writer = actorRef(tx.caller);
      // Read back by insert: the period bounds are derived by the database.
      return this.records.insert(tx, { ...toColumns(input), recordedBy: writer, changedBy: writer });
    });
  }

  update(ctx: RequestContext, input: UpdateOutcomeRecordInput): Promise<OutcomeRecord> {
    return updateVersioned(this.transactions, ctx, input, {
      noun: '成效记录',
      lock: async (tx, id) => {
        const record = await this.lockedOrFail(tx, id);
        assertNotApproved(record, '修改');
        return record;
      },
      merge: (record, changes) => {
        const merged = { ...toColumns(record), ...givenOnly(changes) };
        // null clears an optional field; for the flag, cleared means "not a lower bound".
        merged.atLeast = merged.atLeast ?? false;
        return assertValid(RecordOutcomeInput, merged);
      },
      write: async (tx, id, valid) => {
        await checkOutcomeRecord(tx, this.records, valid, id);
        // Whoever corrects the figures may not be the one who approves them.
        await this.records.update(tx, id, { ...toColumns(valid), changedBy: actorRef(tx.caller) });
      },
      reread: (tx, id) => this.records.reread(tx, id),
    });
  }

  delete(ctx: RequestContext, id: string): Promise<string> {
    return this.transactions.run(ctx, async (tx) => {
      assertNotApproved(await this.lockedOrFail(tx, id), '删除');
      await this.records.delete(tx, id);
      return id;
    });
  }

  private async lockedOrFail(ctx: RequestContext, id: string): Promise<OutcomeRecord> {
    const record = await this.records.lock(ctx, id);
    if (!record) throw new NotFoundError('成效记录', id, 'id');
    assertWithinScope(ctx, record.placePath, `成效记录（编号 ${id}）`);
    return record;
  }
}

function readable(record: OutcomeRecord, reader: RecordReader): boolean {
  return withinScope(record.placePath, reader.scope) && (reader.seesPending || record.status === OutcomeStatus.APPROVED);
}

/** An approved record is locked: the figures leaders quote change only after an administrator reopens it. */
function assertNotApproved(record: OutcomeRecord, verb: string): void {
  if (record.status === OutcomeStatus.APPROVED) {
    throw new ConflictError(`该成效记录（编号 ${record.id}）已审核，不能${verb}；如需更正，请管理员先重新打开`, 'id');
  }
}

/** Viewers read approved records of their division; editors and administrators also the pending ones. */
function readerOf(ctx: RequestContext): RecordReader {
  return { scope: ctx.scope, seesPending: roleCovers(ctx.caller.role, Role.EDITOR) };
}

/**
 * The fields the client sent. Input instances carry every declared field (class fields are
 * defined even when left out), so a left-out field must be told apart from an explicit null.
 */
function givenOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Every writable column, absent ones as null, so a write never leaves a stale value behind. */
function toColumns(row: Partial<WritableColumns>): WritableColumns {
  return {
    period: row.period as string,
    baseId: row.baseId ?? null,
    divisionId: row.divisionId ?? null,
    matchId: row.matchId ?? null,
    teamId: row.teamId ?? null,
    areaMu: row.areaMu ?? null,
    outputValueYuan: row.outputValueYuan ?? null,
    jobsPersonTimes: row.jobsPersonTimes ?? null,
    householdRentYuan: row.householdRentYuan ?? null,
    collectiveIncomeYuan: row.collectiveIncomeYuan ?? null,
    householdsBenefited: row.householdsBenefited ?? null,
    atLeast: row.atLeast ?? false,
    source: row.source ?? null,
  };
}
