import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { stringify } from 'safe-stable-stringify';

import { ConflictError, type RequestContext } from '@rural/core';

/** How long a key is remembered: a retry after a day is taken as a new request. */
export const IDEMPOTENCY_KEY_HOURS = 24;

/** One keyed create: the caller's key, the mutation it names and a digest of its arguments. */
export interface IdempotentCreate {
  key: string;
  operation: string;
  inputHash: string;
}

/** What a key says: run the create (first time), or answer the row it made before. */
export type IdempotencyClaim = { kind: 'first' } | { kind: 'retry'; resultId: string };

/** The digest of a mutation's arguments, the same for the same input whatever the order of its fields. */
export function inputHash(args: unknown): string {
  return createHash('sha256')
    .update(stringify(args) ?? '')
    .digest('hex');
}

/**
 * The store of idempotency keys (`idempotency_key`). Both steps run in the create's transaction:
 * the key is claimed before the create and completed with the new row's id after it, so a create
 * that rolls back leaves no key, and a concurrent request with the same key waits on the claimed
 * row (PostgreSQL's unique-key wait) and then reads the first one's result.
 */
@Injectable()
export class IdempotencyKeys {
  async claim(ctx: RequestContext, create: IdempotentCreate): Promise<IdempotencyClaim> {
    const manager = ctx.transaction;
    const { kind, id } = ctx.caller;
    // Cleaning as we go: keys of a day ago are forgotten by the next keyed create (indexed on created_at).
    await manager.query(`DELETE FROM idempotency_key WHERE created_at < now() - make_interval(hours => $1)`, [IDEMPOTENCY_KEY_HOURS]);
    const claimed: unknown[] = await manager.query(
      `INSERT INTO idempotency_key (actor_kind, actor_id, key, operation, input_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (actor_kind, actor_id, key) DO NOTHING RETURNING 1`,
      [kind, id, create.key, create.operation, create.inputHash],
    );
    if (claimed.length > 0) return { kind: 'first' };
    const [stored]: { operation: string; input_hash: string; result_id: string | null }[] = await manager.query(
      `SELECT operation, input_hash, result_id FROM idempotency_key WHERE actor_kind = $1 AND actor_id = $2 AND key = $3`,
      [kind, id, create.key],
    );
    if (!stored?.result_id || stored.operation !== create.operation || stored.input_hash !== create.inputHash) {
      throw new ConflictError(
        '这个 Idempotency-Key 已用于另一项新建请求（内容不同）；新的请求请换一个新的 Idempotency-Key',
        'Idempotency-Key',
      );
    }
    return { kind: 'retry', resultId: stored.result_id };
  }

  /** Records the row the first request made, for its retries to answer. */
  async complete(ctx: RequestContext, create: IdempotentCreate, resultId: string): Promise<void> {
    await ctx.transaction.query(`UPDATE idempotency_key SET result_id = $4 WHERE actor_kind = $1 AND actor_id = $2 AND key = $3`, [
      ctx.caller.kind,
      ctx.caller.id,
      create.key,
      resultId,
    ]);
  }
}
