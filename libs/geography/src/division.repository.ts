import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Raw, Repository } from 'typeorm';

import type { Page, RequestContext } from '@rural/core';
import { AggregateRows, Transactions } from '@rural/database';

import { Division } from './division.entity.js';
import type { DivisionsArgs } from './dto/divisions.args.js';

/** Columns a division is written with. */
export type DivisionRow = Pick<Division, 'name' | 'level' | 'code' | 'parentId'>;

/** Every statement the geography lib runs on `division`. */
@Injectable()
export class DivisionRepository extends AggregateRows<Division, DivisionRow> {
  constructor(
    @InjectRepository(Division) private readonly divisions: Repository<Division>,
    private readonly transactions: Transactions,
  ) {
    super(Division);
  }

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

  findByCode(ctx: RequestContext, code: string): Promise<Division | null> {
    return ctx.transaction.findOneBy(Division, { code });
  }

  /** The division of this name under this parent (null: among the roots), the natural key. */
  findSibling(ctx: RequestContext, parentId: string | null, name: string): Promise<Division | null> {
    return ctx.transaction.findOneBy(Division, { parentId: parentId ?? IsNull(), name });
  }

  childrenOfOne(ctx: RequestContext, id: string): Promise<Division[]> {
    return ctx.transaction.findBy(Division, { parentId: id });
  }
}
