import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ILike, In, IsNull, Repository, type FindOptionsWhere } from 'typeorm';

import { containsPattern, type Page, type RequestContext } from '@rural/core';
import { AggregateRows, Transactions } from '@rural/database';

import type { EnterprisesArgs } from './dto/enterprises.args.js';
import { Enterprise } from './enterprise.entity.js';

/** Columns an enterprise is written with. */
export type EnterpriseRow = Pick<Enterprise, 'name' | 'creditCode' | 'industry'>;

/** Every statement the enterprises lib runs on `enterprise`. */
@Injectable()
export class EnterpriseRepository extends AggregateRows<Enterprise, EnterpriseRow> {
  constructor(
    @InjectRepository(Enterprise) private readonly enterprises: Repository<Enterprise>,
    private readonly transactions: Transactions,
  ) {
    super(Enterprise);
  }

  findById(ctx: RequestContext, id: string): Promise<Enterprise | null> {
    return this.transactions.manager(ctx).findOneBy(Enterprise, { id });
  }

  /** The enterprise without a credit code of exactly this name: its natural key. */
  findUncodedByName(ctx: RequestContext, name: string): Promise<Enterprise | null> {
    return ctx.transaction.findOneBy(Enterprise, { name, creditCode: IsNull() });
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
}
