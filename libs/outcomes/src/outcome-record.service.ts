import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { assertValid, NotFoundError, type Page, type PaginationArgs } from '@rural/core';
import { OutcomeRecord } from './outcome-record.entity.js';
import { checkOutcomeRecord } from './outcome-record.checks.js';
import { impactFilterSql } from './impact-filter.sql.js';
import type { ImpactFilter } from './dto/impact-filter.input.js';
import { RecordOutcomeInput } from './dto/record-outcome.input.js';
import type { UpdateOutcomeRecordInput } from './dto/update-outcome-record.input.js';

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

  findById(id: string): Promise<OutcomeRecord | null> {
    return this.records.findOneBy({ id });
  }

  /** The records an ImpactFilter covers, latest period first. */
  async list(filter: ImpactFilter | null | undefined, { skip, take }: PaginationArgs): Promise<Page<OutcomeRecord>> {
    const { where, parameters } = impactFilterSql(filter, 'r');
    const [items, totalItems] = await this.records
      .createQueryBuilder('r')
      .where(where, parameters)
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
      const saved = await manager.save(manager.create(OutcomeRecord, columns));
      // Read back for the period bounds the trigger derived.
      return manager.findOneByOrFail(OutcomeRecord, { id: saved.id });
    });
  }

  update(input: UpdateOutcomeRecordInput): Promise<OutcomeRecord> {
    return this.dataSource.transaction(async (manager) => {
      const record = await this.lockedOrFail(manager, input.id);
      const { id, ...changes } = input;
      const merged = { ...toColumns(record), ...givenOnly(changes) };
      // null clears an optional field; for the flag, cleared means "not a lower bound".
      merged.atLeast = merged.atLeast ?? false;
      const valid = await assertValid(RecordOutcomeInput, merged);
      await checkOutcomeRecord(manager, valid, id);
      await manager.update(OutcomeRecord, { id }, toColumns(valid));
      return manager.findOneByOrFail(OutcomeRecord, { id });
    });
  }

  delete(id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockedOrFail(manager, id);
      await manager.delete(OutcomeRecord, { id });
      return id;
    });
  }

  private async lockedOrFail(manager: EntityManager, id: string): Promise<OutcomeRecord> {
    const record = await manager.findOne(OutcomeRecord, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!record) throw new NotFoundError('成效记录', id, 'id');
    return record;
  }
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
