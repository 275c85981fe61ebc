import { EventSubscriber, type EntitySubscriberInterface, type TransactionStartEvent } from 'typeorm';

import { currentActor } from '@rural/core';

/**
 * Names the current actor to the database at the start of every transaction, as
 * transaction-local settings the audit trigger reads (`rural.actor_kind`, `…_id`, `…_name`).
 * Local to the transaction, so a pooled connection never carries one request's actor into the next.
 */
// TypeORM keeps only subscribers registered by this decorator: without it the class is dropped
// silently and every change is audited as SYSTEM.
@EventSubscriber()
export class ActorSubscriber implements EntitySubscriberInterface {
  async afterTransactionStart(event: TransactionStartEvent): Promise<void> {
    const actor = currentActor();
    if (!actor) return;
    await event.queryRunner.query(
      `SELECT set_config('rural.actor_kind', $1, true), set_config('rural.actor_id', $2, true), set_config('rural.actor_name', $3, true)`,
      [actor.kind, actor.id, actor.username],
    );
  }
}
