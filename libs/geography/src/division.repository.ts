import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Raw, Repository } from 'typeorm';

import type { Page, RequestContext } from '@rural/core';
import { Transactions } from '@rural/database';

import { Division } from './division.entity.js';
import type { DivisionsArgs } from './dto/divisions.args.js';

/** Columns a division is written with. */
export type DivisionRow = Pick<Division, 'name' | 'level' | 'code' | 'parentId'>;

/** Every statement the geography lib runs on `division`. */
@Injectable()
export class DivisionRepository {
  constructor(
    @InjectRepository(Division) private readonly divisions: Repository<Division>,
    private readonly transactions: Transactions,
  ) {}

  findById(ctx: RequestContext, id: string): Promise<Division | null> {
    return this.transactions.manager(ctx).findOneBy(Division, { id });
  }

  findByIds(ids: readonly string[]): Promise<Division[]> {
    return this.divisions.findBy({ id: In([...ids]) });
  }

  /** A page in id order, limited to the subtree of `scope` when given. */
  async page({ level, parentId, skip, take }: DivisionsArgs, scope: string | null): Promise<Page<Division>> {
    const [items, totalItems] = await this.divisions.findAndCount({
      where: {
        ...(level ? { level } : {}),
        ...(parentId ? { parentId } : {}),
        ...(scope ? { ancestorIds: Raw((column) => `${column} @> ARRAY[:scope]::bigint[]`, { scope }) } : {}),
      },
      order: { id: 'ASC' },
      skip,
      take,
    });
    return { items, totalItems };
  }

  /** The direct children of many divisions at once, in id order. */
  childrenOf(parentIds: readonly string[]): Promise<Division[]> {
    return this.divisions.find({ where: { parentId: In([...parentIds]) }, order: { id: 'ASC' } });
  }

  /** The row, locked until the transaction ends. */
  lock(ctx: RequestContext, id: string): Promise<Division | null> {
    return ctx.transaction.findOne(Division, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByCode(ctx: RequestContext, code: string): Promise<Division | null> {
    return ctx.transaction.findOneBy(Division, { code });
  }

  childrenOfOne(ctx: RequestContext, id: string): Promise<Division[]> {
    return ctx.transaction.findBy(Division, { parentId: id });
  }

  async insert(ctx: RequestContext, row: DivisionRow): Promise<Division> {
    const manager = ctx.transaction;
    const saved = await manager.save(manager.create(Division, row));
    return manager.findOneByOrFail(Division, { id: saved.id });
  }

  async update(ctx: RequestContext, id: string, row: DivisionRow): Promise<void> {
    await ctx.transaction.update(Division, { id }, row);
  }

  async delete(ctx: RequestContext, id: string): Promise<void> {
    await ctx.transaction.delete(Division, { id });
  }

  /** The row as stored now (its version and ancestors set by the database). */
  reread(ctx: RequestContext, id: string): Promise<Division> {
    return ctx.transaction.findOneByOrFail(Division, { id });
  }
}
