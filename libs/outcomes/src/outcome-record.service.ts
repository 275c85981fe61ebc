import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

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
import { impactFilterSql } from './impact-filter.sql.js';
import { checkOutcomeRecord } from './outcome-record.checks.js';
import { OutcomeRecord } from './outcome-record.entity.js';
import { OutcomeStatus } from './outcome-status.js';

/** The columns a clerk writes; period bounds are derived by the database. */
type WritableColumns = Pick<
  OutcomeRecord,
  | 'period'
  | 'baseId'
  | 'divisionId'
  | 'matchId'
  | 'teamId'
  | 'areaMu'
  | 'outputValueYuan'
  | 'jobsPersonTimes'
  | 'householdRentYuan'
  | 'collectiveIncomeYuan'
  | 'householdsBenefited'
  | 'atLeast'
  | 'source'
>;

/** 成效记录: the figures of one base or division for one period. */
@Injectable()
export class OutcomeRecordService {
  constructor(
    private readonly transactions: Transactions,
    @InjectRepository(OutcomeRecord) private readonly records: Repository<OutcomeRecord>,
  ) {}

  /** One record the caller may read, or null (none, outside their division, or pending for a viewer). */
  async findById(ctx: RequestContext, id: string): Promise<OutcomeRecord | null> {
    const record = await this.records.findOneBy({ id });
    return record && readable(record, readerOf(ctx)) ? record : null;
  }

  /** The records an ImpactFilter covers that the caller may read, latest period first. */
  async list(ctx: RequestContext, filter: ImpactFilter | null | undefined, { skip, take }: PaginationArgs): Promise<Page<OutcomeRecord>> {
    const reader = readerOf(ctx);
    const { where, parameters } = impactFilterSql(filter, 'r');
    const query = this.records.createQueryBuilder('r').where(where, parameters);
    if (reader.scope) query.andWhere('r.place_path @> ARRAY[:readerScope]::bigint[]', { readerScope: reader.scope });
    if (!reader.seesPending) query.andWhere(`r.status = 'APPROVED'`);
    const [items, totalItems] = await query
      .orderBy('r.periodStart', 'DESC')
      .addOrderBy('r.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, totalItems };
  }

  record(ctx: RequestContext, input: RecordOutcomeInput): Promise<OutcomeRecord> {
    return this.transactions.run(ctx, async (tx) => {
      const manager = tx.transaction;
      const columns = toColumns(input);
      await checkOutcomeRecord(tx, input, null);
      const writer = actorRef(tx.caller);
      const saved = await manager.save(manager.create(OutcomeRecord, { ...columns, recordedBy: writer, changedBy: writer }));
      // Read back for the period bounds the trigger derived.
      return manager.findOneByOrFail(OutcomeRecord, { id: saved.id });
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
        await checkOutcomeRecord(tx, valid, id);
        // Whoever corrects the figures may not be the one who approves them.
        await tx.transaction.update(OutcomeRecord, { id }, { ...toColumns(valid), changedBy: actorRef(tx.caller) });
      },
      reread: (tx, id) => tx.transaction.findOneByOrFail(OutcomeRecord, { id }),
    });
  }

  delete(ctx: RequestContext, id: string): Promise<string> {
    return this.transactions.run(ctx, async (tx) => {
      assertNotApproved(await this.lockedOrFail(tx, id), '删除');
      await tx.transaction.delete(OutcomeRecord, { id });
      return id;
    });
  }

  private async lockedOrFail(ctx: RequestContext, id: string): Promise<OutcomeRecord> {
    const record = await ctx.transaction.findOne(OutcomeRecord, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!record) throw new NotFoundError('成效记录', id, 'id');
    assertWithinScope(ctx, record.placePath, `成效记录（编号 ${id}）`);
    return record;
  }
}

/**
 * Who reads records: inside which division (null: all), and whether records not yet approved
 * are shown (editors and administrators see them, to correct and approve them; viewers do not).
 */
export interface RecordReader {
  scope: string | null;
  seesPending: boolean;
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
