import { assertVersion, type RequestContext } from '@rural/core';

import type { Transactions } from './transactions.js';

/** What the fields of an update input hold besides the row's id and the version read. */
export type Changes<Input> = Omit<Input, 'id' | 'version'>;

/** The steps of one kind of update that differ between aggregates; `updateVersioned` runs them in order. */
export interface UpdateSteps<Input, Row extends { version: number }, Valid, Result> {
  /** The row as the messages name it: 基地, 对接. */
  noun: string;
  /** Reads the row FOR UPDATE in the transaction: NOT_FOUND when missing, FORBIDDEN outside the caller's scope. */
  lock(ctx: RequestContext, id: string): Promise<Row>;
  /** The stored row with the changes laid over, held to the create rules (validated, normalised). */
  merge(row: Row, changes: Changes<Input>): Promise<Valid>;
  /** The checks that need the database, then the write. */
  write(ctx: RequestContext, id: string, valid: Valid, row: Row): Promise<void>;
  /** The row as the client gets it back (the database sets its version and copies). */
  reread(ctx: RequestContext, id: string): Promise<Result>;
}

/**
 * Every update, in one transaction: lock the row, refuse a stale `version` (CONFLICT), merge the
 * changes into the stored row, validate the whole, check and write, read it back. Written once so
 * that no service forgets the lock or the version check.
 */
export function updateVersioned<Input extends { id: string; version?: number | null }, Row extends { version: number }, Valid, Result>(
  transactions: Transactions,
  ctx: RequestContext,
  input: Input,
  steps: UpdateSteps<Input, Row, Valid, Result>,
): Promise<Result> {
  return transactions.run(ctx, async (tx) => {
    const row = await steps.lock(tx, input.id);
    assertVersion(row, input.version, steps.noun);
    const { id, version: _version, ...changes } = input;
    const valid = await steps.merge(row, changes as Changes<Input>);
    await steps.write(tx, id, valid, row);
    return steps.reread(tx, id);
  });
}
