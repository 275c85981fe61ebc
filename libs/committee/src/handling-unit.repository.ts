import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ILike, In, Repository } from 'typeorm';

import { containsPattern, type Page, type RequestContext } from '@rural/core';
import { AggregateRows, Transactions } from '@rural/database';

import type { HandlingUnitsArgs } from './dto/handling-units.args.js';
import { HandlingUnit } from './handling-unit.entity.js';

/** Columns a handling unit is written with. */
export type HandlingUnitRow = Pick<HandlingUnit, 'name' | 'contact'>;

/** Every statement the committee lib runs on `handling_unit`. */
@Injectable()
export class HandlingUnitRepository extends AggregateRows<HandlingUnit, HandlingUnitRow> {
  constructor(
    @InjectRepository(HandlingUnit) private readonly units: Repository<HandlingUnit>,
    private readonly transactions: Transactions,
  ) {
    super(HandlingUnit);
  }

  findById(ctx: RequestContext, id: string): Promise<HandlingUnit | null> {
    return this.transactions.manager(ctx).findOneBy(HandlingUnit, { id });
  }

  findByIds(ids: readonly string[]): Promise<HandlingUnit[]> {
    return this.units.findBy({ id: In([...ids]) });
  }

  findByName(ctx: RequestContext, name: string): Promise<HandlingUnit | null> {
    return ctx.transaction.findOneBy(HandlingUnit, { name });
  }

  async page({ search, skip, take }: HandlingUnitsArgs): Promise<Page<HandlingUnit>> {
    const where = search ? { name: ILike(containsPattern(search)) } : {};
    const [items, totalItems] = await this.units.findAndCount({ where, order: { name: 'ASC', id: 'ASC' }, skip, take });
    return { items, totalItems };
  }
}
