import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';

import {
  actorRef,
  assertValid,
  assertVersion,
  ConflictError,
  currentActor,
  NotFoundError,
  type Page,
  type PaginationArgs,
} from '@rural/core';
import { assertWithinCallerScope, withinScope } from '@rural/geography';

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
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(OutcomeRecord) private readonly records: Repository<OutcomeRecord>,
  ) {}

  /** One record the caller may read, or null (none, outside their division, or pending for a viewer). */
  async findById(id: string, reader: RecordReader): Promise<OutcomeRecord | null> {
    const record = await this.records.findOneBy({ id });
    return record && readable(record, reader) ? record : null;
  }

  /** The records an ImpactFilter covers that the caller may read, latest period first. */
  async list(filter: ImpactFilter | null | undefined, { skip, take }: PaginationArgs, reader: RecordReader): Promise<Page<OutcomeRecord>> {
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

  record(input: RecordOutcomeInput): Promise<OutcomeRecord> {
    return this.dataSource.transaction(async (manager) => {
      const columns = toColumns(input);
      await checkOutcomeRecord(manager, input, null);
      const writer = currentWriter();
      const saved = await manager.save(manager.create(OutcomeRecord, { ...columns, recordedBy: writer, changedBy: writer }));
      // Read back for the period bounds the trigger derived.
      return manager.findOneByOrFail(OutcomeRecord, { id: saved.id });
    });
  }

  update(input: UpdateOutcomeRecordInput): Promise<OutcomeRecord> {
    return this.dataSource.transaction(async (manager) => {
      const record = await this.lockedOrFail(manager, input.id);
      assertVersion(record, input.version, '成效记录');
      assertNotApproved(record, '修改');
      const { id, version: _version, ...changes } = input;
      const merged = { ...toColumns(record), ...givenOnly(changes) };
      // null clears an optional field; for the flag, cleared means "not a lower bound".
      merged.atLeast = merged.atLeast ?? false;
      const valid = await assertValid(RecordOutcomeInput, merged);
      await checkOutcomeRecord(manager, valid, id);
      // Whoever corrects the figures may not be the one who approves them.
      await manager.update(OutcomeRecord, { id }, { ...toColumns(valid), changedBy: currentWriter() });
      return manager.findOneByOrFail(OutcomeRecord, { id });
    });
  }

  delete(id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      assertNotApproved(await this.lockedOrFail(manager, id), '删除');
      await manager.delete(OutcomeRecord, { id });
      return id;
    });
  }

  private async lockedOrFail(manager: EntityManager, id: string): Promise<OutcomeRecord> {
    const record = await manager.findOne(OutcomeRecord, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!record) throw new NotFoundError('成效记录', id, 'id');
    assertWithinCallerScope(record.placePath, `成效记录（编号 ${id}）`);
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

function currentWriter(): string | null {
  const actor = currentActor();
  return actor ? actorRef(actor) : null;
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
