import { Injectable } from '@nestjs/common';

import { ConflictError, NotFoundError, type RequestContext } from '@rural/core';
import { Transactions } from '@rural/database';

import { ImportHistory } from './import-history.js';
import { ImportStatus } from './import-status.js';
import type { SpreadsheetImport } from './spreadsheet-import.entity.js';

// The tables an import writes; the undo touches no other (an audit entry's table name is checked against it).
const IMPORTED_TABLES = new Set([
  'division',
  'enterprise',
  'member',
  'member_enterprise',
  'base',
  'match',
  'match_broker',
  'service_team',
  'service_team_member',
  'service_activity',
  'outcome_record',
  'duty_event',
  'duty_participant',
]);

/** What an import did to one row, from its audit entries: the row before the import, and whether it still exists. */
interface TouchedRow {
  entity_type: string;
  entity_id: string;
  first_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * 撤销导入 — takes a committed import back in one transaction, from its audit entries: rows it
 * created are deleted, rows it changed get their earlier values back, rows it removed (a match's
 * former brokers) come back. Refused while any of its rows has changed since: undoing then would
 * throw away someone's later work.
 */
@Injectable()
export class ImportUndo {
  constructor(
    private readonly transactions: Transactions,
    private readonly history: ImportHistory,
  ) {}

  undo(ctx: RequestContext, id: string): Promise<SpreadsheetImport> {
    return this.transactions.run(ctx, async (tx) => {
      const manager = tx.transaction;
      const record = await this.history.lockVisible(tx, id);
      if (!record) throw new NotFoundError('导入记录', id, 'id');
      if (record.status !== ImportStatus.COMMITTED) {
        throw new ConflictError(`导入（编号 ${id}）的状态是 ${record.status}，只有已导入（COMMITTED）的才能撤销`, 'id');
      }
      // The undo's own audit entries carry the import's id too: the trail shows both ways.
      await manager.query(`SELECT set_config('rural.import_id', $1, true)`, [id]);
      const changed: { entity_type: string; entity_id: string }[] = await manager.query(
        `SELECT DISTINCT later.entity_type, later.entity_id
         FROM audit_entry mine JOIN audit_entry later
           ON later.entity_type = mine.entity_type AND later.entity_id = mine.entity_id AND later.id > mine.id
         WHERE mine.import_id = $1 AND later.import_id IS DISTINCT FROM $1
         LIMIT 5`,
        [id],
      );
      if (changed.length > 0) {
        const which = changed.map((row) => `${row.entity_type} ${row.entity_id}`).join('、');
        throw new ConflictError(`导入后已有数据被修改（${which}），不能撤销；请手工更正`, 'id');
      }
      const touched: TouchedRow[] = await manager.query(
        `SELECT DISTINCT ON (entity_type, entity_id) entity_type, entity_id, id AS first_id, before,
           (SELECT last.after FROM audit_entry last WHERE last.import_id = $1 AND last.entity_type = first.entity_type
              AND last.entity_id = first.entity_id ORDER BY last.id DESC LIMIT 1) AS after
         FROM audit_entry first WHERE import_id = $1 ORDER BY entity_type, entity_id, id`,
        [id],
      );
      const newestFirst = [...touched].sort((a, b) => Number(b.first_id) - Number(a.first_id));
      // Created rows go first, newest first (a match's brokers before the match); then changed rows
      // get their values back; then removed rows come back, oldest first.
      for (const row of newestFirst) if (!row.before && row.after) await this.remove(tx, row.entity_type, row.after);
      for (const row of touched) if (row.before && row.after) await this.restore(tx, row.entity_type, row.before);
      for (const row of [...newestFirst].reverse()) if (row.before && !row.after) await this.reinsert(tx, row.entity_type, row.before);
      return this.history.markUndone(tx, id);
    });
  }

  private async remove(ctx: RequestContext, table: string, after: Record<string, unknown>): Promise<void> {
    const name = checked(table);
    // Rows with an id by id; link rows (no id) by all their columns.
    if ('id' in after) await ctx.transaction.query(`DELETE FROM ${name} WHERE id = $1`, [after.id]);
    else await ctx.transaction.query(`DELETE FROM ${name} x WHERE to_jsonb(x) @> $1::jsonb`, [JSON.stringify(after)]);
  }

  private async restore(ctx: RequestContext, table: string, before: Record<string, unknown>): Promise<void> {
    const name = checked(table);
    const all = await this.writableColumns(ctx, name);
    // The restored row was changed now, whatever time the old values carry.
    const list = all.filter((column) => column !== '"updated_at"').join(', ');
    const stamp = all.includes('"updated_at"') ? ', updated_at = now()' : '';
    await ctx.transaction.query(
      `UPDATE ${name} SET (${list}) = (SELECT ${list} FROM jsonb_populate_record(NULL::${name}, $1::jsonb))${stamp} WHERE id = $2`,
      [JSON.stringify(before), before.id],
    );
  }

  private async reinsert(ctx: RequestContext, table: string, before: Record<string, unknown>): Promise<void> {
    const name = checked(table);
    const list = (await this.writableColumns(ctx, name)).join(', ');
    await ctx.transaction.query(`INSERT INTO ${name} (${list}) SELECT ${list} FROM jsonb_populate_record(NULL::${name}, $1::jsonb)`, [
      JSON.stringify(before),
    ]);
  }

  /** The columns a write may set: not the id or version, not the ones the database derives. */
  private async writableColumns(ctx: RequestContext, table: string): Promise<string[]> {
    const rows: { name: string }[] = await ctx.transaction.query(
      `SELECT attname AS name FROM pg_attribute
       WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
         AND attname NOT IN ('id', 'version') ORDER BY attnum`,
      [table],
    );
    return rows.map((row) => `"${row.name}"`);
  }
}

function checked(table: string): string {
  if (!IMPORTED_TABLES.has(table)) throw new Error(`an import does not write ${table}`);
  return `"${table}"`;
}
