import { Injectable } from '@nestjs/common';

import { actorRef, type RequestContext } from '@rural/core';

import { OutcomeRecord } from './outcome-record.entity.js';
import type { WritableColumns } from './outcome-record.repository.js';
import { OutcomeStatus } from './outcome-status.js';

/** The series part of a record's natural key: its scope, match and team (period aside). */
export interface SeriesKey {
  period: string;
  baseId: string | null;
  divisionId: string | null;
  matchId: string | null;
  teamId: string | null;
}

// Column order of the bulk statements; each goes in as one typed array.
const COLUMNS: { field: keyof WritableColumns; column: string; type: string }[] = [
  { field: 'period', column: 'period', type: 'varchar' },
  { field: 'baseId', column: 'base_id', type: 'bigint' },
  { field: 'divisionId', column: 'division_id', type: 'bigint' },
  { field: 'matchId', column: 'match_id', type: 'bigint' },
  { field: 'teamId', column: 'team_id', type: 'bigint' },
  { field: 'areaMu', column: 'area_mu', type: 'numeric' },
  { field: 'outputValueYuan', column: 'output_value_yuan', type: 'numeric' },
  { field: 'jobsPersonTimes', column: 'jobs_person_times', type: 'numeric' },
  { field: 'householdRentYuan', column: 'household_rent_yuan', type: 'numeric' },
  { field: 'collectiveIncomeYuan', column: 'collective_income_yuan', type: 'numeric' },
  { field: 'householdsBenefited', column: 'households_benefited', type: 'numeric' },
  { field: 'atLeast', column: 'at_least', type: 'boolean' },
  { field: 'source', column: 'source', type: 'text' },
];

const unnestOf = (offset: number) => COLUMNS.map(({ type }, index) => `$${index + offset}::${type}[]`).join(', ');
const arraysOf = (rows: WritableColumns[]) => COLUMNS.map(({ field }) => rows.map((row) => row[field] ?? null));
const names = COLUMNS.map(({ column }) => column).join(', ');

/**
 * Outcome records written many at a time, for spreadsheet imports of 100,000 rows: one statement
 * per batch instead of one per row. The checks a single write makes (`checkOutcomeRecord`) are the
 * caller's to make before; the database's constraints, triggers and audit run as for any write.
 */
@Injectable()
export class OutcomeRecordBulk {
  /** The records holding any of these keys, locked until the transaction ends (so a commit's checks hold). */
  async lockSeries(ctx: RequestContext, keys: SeriesKey[]): Promise<OutcomeRecord[]> {
    if (keys.length === 0) return [];
    const baseIds = [...new Set(keys.flatMap((key) => (key.baseId ? [key.baseId] : [])))];
    const divisionIds = [...new Set(keys.flatMap((key) => (key.divisionId ? [key.divisionId] : [])))];
    const periods = [...new Set(keys.map((key) => key.period))];
    // Narrowed by the indexed scope columns and the periods, one index scan for each (an OR of the
    // two would read the whole table); the exact key is matched by the caller.
    return ctx.transaction
      .createQueryBuilder(OutcomeRecord, 'r')
      .where(
        `r.id IN (SELECT id FROM outcome_record WHERE base_id = ANY(:baseIds) AND period = ANY(:periods)
                  UNION ALL SELECT id FROM outcome_record WHERE division_id = ANY(:divisionIds) AND period = ANY(:periods))`,
        { baseIds, divisionIds, periods },
      )
      .orderBy('r.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** Inserts the rows as new records (DRAFT, or SUBMITTED for `submit`), entered by the caller. */
  async insertMany(ctx: RequestContext, rows: WritableColumns[], submit: boolean): Promise<void> {
    if (rows.length === 0) return;
    const status = submit ? OutcomeStatus.SUBMITTED : OutcomeStatus.DRAFT;
    const offset = 3;
    await ctx.transaction.query(
      `INSERT INTO outcome_record (${names}, status, recorded_by, changed_by)
       SELECT ${names}, $1::outcome_status, $2, $2 FROM unnest(${unnestOf(offset)}) AS v(${names})`,
      [status, actorRef(ctx.caller), ...arraysOf(rows)],
    );
  }

  /**
   * Overwrites the clerk's columns of existing records (by id) and names the caller as their last
   * changer (so they may not approve them). With `submit`, a DRAFT or RETURNED record goes to SUBMITTED.
   */
  async updateMany(ctx: RequestContext, rows: (WritableColumns & { id: string })[], submit: boolean): Promise<void> {
    if (rows.length === 0) return;
    const offset = 4;
    const assignments = COLUMNS.map(({ column }) => `${column} = v.${column}`).join(', ');
    await ctx.transaction.query(
      `UPDATE outcome_record r SET ${assignments}, changed_by = $2, updated_at = now(),
         status = CASE WHEN $3 AND r.status IN ('DRAFT', 'RETURNED') THEN 'SUBMITTED'::outcome_status ELSE r.status END,
         status_reason = CASE WHEN $3 AND r.status IN ('DRAFT', 'RETURNED') THEN NULL ELSE r.status_reason END
       FROM unnest($1::bigint[], ${unnestOf(offset)}) AS v(id, ${names})
       WHERE r.id = v.id`,
      [rows.map((row) => row.id), actorRef(ctx.caller), submit, ...arraysOf(rows)],
    );
  }
}
