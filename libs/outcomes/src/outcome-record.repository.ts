import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Not, Repository } from 'typeorm';

import { type Page, type PaginationArgs, type RequestContext } from '@rural/core';
import { AggregateRows } from '@rural/database';

import type { ImpactFilter } from './dto/impact-filter.input.js';
import type { RecordOutcomeInput } from './dto/record-outcome.input.js';
import { impactFilterSql } from './impact-filter.sql.js';
import { OutcomeRecord } from './outcome-record.entity.js';
import type { OutcomeStatus } from './outcome-status.js';

/** The columns a clerk writes; period bounds are derived by the database. */
export type WritableColumns = Pick<
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

/** What a write stores: the clerk's columns, and who entered or last changed them (for four eyes). */
export type OutcomeRecordRow = Partial<WritableColumns> & Partial<Pick<OutcomeRecord, 'recordedBy' | 'changedBy'>>;

/**
 * Who reads records: inside which division (null: all), and whether records not yet approved
 * are shown (editors and administrators see them, to correct and approve them; viewers do not).
 */
export interface RecordReader {
  scope: string | null;
  seesPending: boolean;
}

/** Where a keyset page ends: the last record's period start and id, in the list's order. */
export type RecordCursor = Pick<OutcomeRecord, 'periodStart' | 'id'>;

/** Every statement the outcomes lib runs on `outcome_record`. */
@Injectable()
export class OutcomeRecordRepository extends AggregateRows<OutcomeRecord, OutcomeRecordRow> {
  constructor(@InjectRepository(OutcomeRecord) private readonly records: Repository<OutcomeRecord>) {
    super(OutcomeRecord);
  }

  findById(id: string): Promise<OutcomeRecord | null> {
    return this.records.findOneBy({ id });
  }

  /**
   * The records an ImpactFilter covers that `reader` may read, latest period first: one page and
   * the total; `statuses`, when given, keeps only records in one of them (the approval queue).
   */
  async page(
    filter: ImpactFilter | null | undefined,
    { skip, take }: PaginationArgs,
    reader: RecordReader,
    statuses?: OutcomeStatus[] | null,
  ): Promise<Page<OutcomeRecord>> {
    const { where, parameters } = impactFilterSql(filter, 'r');
    const query = this.records.createQueryBuilder('r').where(where, parameters);
    if (reader.scope) query.andWhere('r.place_path @> ARRAY[:readerScope]::bigint[]', { readerScope: reader.scope });
    if (!reader.seesPending) query.andWhere(`r.status = 'APPROVED'`);
    if (statuses) query.andWhere('r.status::text = ANY(:statuses)', { statuses });
    const [items, totalItems] = await query
      .orderBy('r.periodStart', 'DESC')
      .addOrderBy('r.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, totalItems };
  }

  /**
   * The `take` records after `after` in the list's order (latest period first, then id) that
   * `reader` may read: keyset paging for walking a whole list, as an export does — no total to
   * count and no offset to skip past on every page.
   */
  pageAfter(
    filter: ImpactFilter | null | undefined,
    after: RecordCursor | null,
    take: number,
    reader: RecordReader,
  ): Promise<OutcomeRecord[]> {
    const { where, parameters } = impactFilterSql(filter, 'r');
    const query = this.records.createQueryBuilder('r').where(where, parameters);
    if (reader.scope) query.andWhere('r.place_path @> ARRAY[:readerScope]::bigint[]', { readerScope: reader.scope });
    if (!reader.seesPending) query.andWhere(`r.status = 'APPROVED'`);
    if (after) {
      // The first half bounds the period index's scan; the second breaks ties within one period.
      query.andWhere('r.period_start <= :afterStart AND (r.period_start < :afterStart OR r.id > :afterId)', {
        afterStart: after.periodStart,
        afterId: after.id,
      });
    }
    return query.orderBy('r.periodStart', 'DESC').addOrderBy('r.id', 'ASC').limit(take).getMany();
  }

  /** Another record of the same series (scope + match + team) and period, if there is one. */
  seriesHolder(ctx: RequestContext, row: RecordOutcomeInput, selfId: string | null): Promise<OutcomeRecord | null> {
    const sameOrNull = (value: string | null | undefined) => (value ? value : IsNull());
    return ctx.transaction.findOneBy(OutcomeRecord, {
      period: row.period,
      baseId: sameOrNull(row.baseId),
      divisionId: sameOrNull(row.divisionId),
      matchId: sameOrNull(row.matchId),
      teamId: sameOrNull(row.teamId),
      ...(selfId ? { id: Not(selfId) } : {}),
    });
  }

  /** A batch of records, locked in id order (so two batches never wait for each other in a cycle). */
  lockMany(ctx: RequestContext, ids: string[]): Promise<OutcomeRecord[]> {
    return ctx.transaction.find(OutcomeRecord, { where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  /** Moves a batch to `status` in one statement; an approval stamps its time. */
  async moveStatus(ctx: RequestContext, ids: string[], status: OutcomeStatus, reason: string | null, approved: boolean): Promise<void> {
    await ctx.transaction.update(
      OutcomeRecord,
      { id: In(ids) },
      { status, statusReason: reason, approvedAt: approved ? () => 'now()' : null },
    );
  }

  findMany(ctx: RequestContext, ids: string[]): Promise<OutcomeRecord[]> {
    return ctx.transaction.findBy(OutcomeRecord, { id: In(ids) });
  }
}
