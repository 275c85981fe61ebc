import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { requireContext, type Caller, type RequestContext } from '@rural/core';

import { ReplicaRouter } from './replicas/replica-router.js';

/**
 * The one way use cases open a transaction. A context already inside one joins it, so a use case
 * that calls another lib's use case (an import writing bases and records) commits or rolls back
 * as one. Opening one names the caller to the database as transaction-local settings, which the
 * audit trigger reads — local, so a pooled connection never carries one caller into the next.
 */
@Injectable()
export class Transactions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly replicas: ReplicaRouter,
  ) {}

  // async, so that a missing context rejects like any other failure of the use case.
  async run<T>(ctx: RequestContext, work: (ctx: RequestContext) => Promise<T>): Promise<T> {
    requireContext(ctx);
    if (ctx.manager) return work(ctx);
    const result = await this.dataSource.transaction(async (manager) => {
      await nameCaller(manager, ctx.caller);
      return work(ctx.inTransaction(manager));
    });
    // With replicas: the caller's next reads wait for this commit (read-your-writes).
    await this.replicas.recordWrite();
    return result;
  }

  /**
   * Where a context reads: its transaction when it has one, else the pool — where, with replicas,
   * a find or query builder in a read-only request may be served by a replica (ReplicaRouter).
   */
  manager(ctx: RequestContext): EntityManager {
    requireContext(ctx);
    return ctx.manager ?? this.dataSource.manager;
  }
}

/**
 * Names the caller to the database for the rest of the open transaction (what the audit trigger
 * records as its actor). Scripts that hold their own connection call it after BEGIN.
 */
export function nameCaller(connection: Pick<EntityManager, 'query'>, caller: Caller): Promise<unknown> {
  // A SYSTEM caller has no row of its own: the audit trail keeps its job's name.
  const id = caller.kind === 'SYSTEM' ? '' : caller.id;
  return connection.query(
    `SELECT set_config('rural.actor_kind', $1, true), set_config('rural.actor_id', $2, true), set_config('rural.actor_name', $3, true)`,
    [caller.kind, id, caller.username],
  );
}
