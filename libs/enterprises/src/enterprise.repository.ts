import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ILike, In, Repository, type FindOptionsWhere } from 'typeorm';

import { containsPattern, type Page, type RequestContext } from '@rural/core';
import { Transactions } from '@rural/database';

import type { EnterprisesArgs } from './dto/enterprises.args.js';
import { Enterprise } from './enterprise.entity.js';

/** Columns an enterprise is written with. */
export type EnterpriseRow = Pick<Enterprise, 'name' | 'creditCode' | 'industry'>;

/** Every statement the enterprises lib runs on `enterprise`. */
@Injectable()
export class EnterpriseRepository {
  constructor(
    @InjectRepository(Enterprise) private readonly enterprises: Repository<Enterprise>,
    private readonly transactions: Transactions,
  ) {}

  findById(ctx: RequestContext, id: string): Promise<Enterprise | null> {
    return this.transactions.manager(ctx).findOneBy(Enterprise, { id });
  }

  findByIds(ids: readonly string[]): Promise<Enterprise[]> {
    return this.enterprises.findBy({ id: In([...ids]) });
  }

  async page({ search, industry, skip, take }: EnterprisesArgs): Promise<Page<Enterprise>> {
    const where: FindOptionsWhere<Enterprise> = {
      ...(search ? { name: ILike(containsPattern(search)) } : {}),
      ...(industry ? { industry } : {}),
    };
    const [items, totalItems] = await this.enterprises.findAndCount({ where, order: { id: 'ASC' }, skip, take });
    return { items, totalItems };
  }

  findByCreditCode(ctx: RequestContext, creditCode: string): Promise<Enterprise | null> {
    return ctx.transaction.findOneBy(Enterprise, { creditCode });
  }

  lock(ctx: RequestContext, id: string): Promise<Enterprise | null> {
    return ctx.transaction.findOne(Enterprise, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(ctx: RequestContext, row: EnterpriseRow): Promise<Enterprise> {
    const manager = ctx.transaction;
    const saved = await manager.save(manager.create(Enterprise, row));
    return manager.findOneByOrFail(Enterprise, { id: saved.id });
  }

  async update(ctx: RequestContext, id: string, row: EnterpriseRow): Promise<void> {
    await ctx.transaction.update(Enterprise, { id }, row);
  }

  async delete(ctx: RequestContext, id: string): Promise<void> {
    await ctx.transaction.delete(Enterprise, { id });
  }

  reread(ctx: RequestContext, id: string): Promise<Enterprise> {
    return ctx.transaction.findOneByOrFail(Enterprise, { id });
  }
}
