import type { DeepPartial, EntityTarget, FindOptionsWhere } from 'typeorm';

import type { RequestContext } from '@rural/core';

/**
 * The writes every aggregate's repository makes inside a use case's transaction, for an entity
 * whose key is `id`: lock the row, insert, update, delete, and read it back as the database left
 * it (its version bumped, its copies set by triggers). A repository extends it and adds its reads.
 */
export abstract class AggregateRows<Entity extends { id: string }, Row extends DeepPartial<Entity>> {
  protected constructor(private readonly entity: EntityTarget<Entity>) {}

  /** The row, locked FOR UPDATE until the transaction ends; null when there is none. */
  lock(ctx: RequestContext, id: string): Promise<Entity | null> {
    return ctx.transaction.findOne(this.entity, { where: this.byId(id), lock: { mode: 'pessimistic_write' } });
  }

  /** Inserts the row and returns it as stored. */
  async insert(ctx: RequestContext, row: Row): Promise<Entity> {
    const manager = ctx.transaction;
    const saved = await manager.save(this.entity, manager.create(this.entity, row));
    return this.reread(ctx, saved.id);
  }

  async update(ctx: RequestContext, id: string, row: Row): Promise<void> {
    await ctx.transaction.update(this.entity, this.byId(id), row as never);
  }

  async delete(ctx: RequestContext, id: string): Promise<void> {
    await ctx.transaction.delete(this.entity, this.byId(id));
  }

  /** The row as stored now, inside the transaction. */
  reread(ctx: RequestContext, id: string): Promise<Entity> {
    return ctx.transaction.findOneByOrFail(this.entity, this.byId(id));
  }

  private byId(id: string): FindOptionsWhere<Entity> {
    return { id } as FindOptionsWhere<Entity>;
  }
}
