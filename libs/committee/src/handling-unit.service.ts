import { Injectable } from '@nestjs/common';

import { alignByKey, assertValid, ConflictError, NotFoundError, type Page, type RequestContext } from '@rural/core';
import { assertNoDependents, Transactions, updateVersioned } from '@rural/database';

import { CommitteeAccess } from './committee-access.js';
import { CreateHandlingUnitInput } from './dto/create-handling-unit.input.js';
import type { HandlingUnitsArgs } from './dto/handling-units.args.js';
import type { UpdateHandlingUnitInput } from './dto/update-handling-unit.input.js';
import { HandlingUnit } from './handling-unit.entity.js';
import { HandlingUnitRepository, type HandlingUnitRow } from './handling-unit.repository.js';

/**
 * Handling units (承办单位): the departments suggestions are assigned to. A registry read by every
 * signed-in caller (a leader's board names them); only the committee office keeps it.
 */
@Injectable()
export class HandlingUnitService {
  constructor(
    private readonly transactions: Transactions,
    private readonly units: HandlingUnitRepository,
    private readonly access: CommitteeAccess,
  ) {}

  findById(ctx: RequestContext, id: string): Promise<HandlingUnit | null> {
    return this.units.findById(ctx, id);
  }

  /** This request's batched loader of units by id. */
  byIdLoader(ctx: RequestContext) {
    return ctx.loaders.get<string, HandlingUnit>('handlingUnit.byId', async (ids) =>
      alignByKey(ids, await this.units.findByIds(ids), (row) => row.id),
    );
  }

  list(_ctx: RequestContext, args: HandlingUnitsArgs): Promise<Page<HandlingUnit>> {
    return this.units.page(args);
  }

  async create(ctx: RequestContext, input: CreateHandlingUnitInput): Promise<HandlingUnit> {
    await this.access.assertOffice(ctx, '登记承办单位');
    return this.transactions.run(ctx, async (tx) => {
      const row = toRow(input);
      await this.checkNameFree(tx, row.name, null);
      return this.units.insert(tx, row);
    });
  }

  async update(ctx: RequestContext, input: UpdateHandlingUnitInput): Promise<HandlingUnit> {
    await this.access.assertOffice(ctx, '修改承办单位');
    return updateVersioned(this.transactions, ctx, input, {
      noun: '承办单位',
      lock: (tx, id) => this.lockedOrFail(tx, id),
      merge: (unit, changes) => assertValid(CreateHandlingUnitInput, { ...toRow(unit), ...changes }),
      write: async (tx, id, valid) => {
        const row = toRow(valid);
        await this.checkNameFree(tx, row.name, id);
        await this.units.update(tx, id, row);
      },
      reread: (tx, id) => this.units.reread(tx, id),
    });
  }

  async delete(ctx: RequestContext, id: string): Promise<string> {
    await this.access.assertOffice(ctx, '删除承办单位');
    return this.transactions.run(ctx, async (tx) => {
      await this.lockedOrFail(tx, id);
      // Staff accounts and assigned suggestions keep a unit: it is renamed, never lost.
      await assertNoDependents(tx.transaction, 'handling_unit', id, '该承办单位');
      await this.units.delete(tx, id);
      return id;
    });
  }

  private async lockedOrFail(ctx: RequestContext, id: string): Promise<HandlingUnit> {
    const unit = await this.units.lock(ctx, id);
    if (!unit) throw new NotFoundError('承办单位', id, 'id');
    return unit;
  }

  private async checkNameFree(ctx: RequestContext, name: string, selfId: string | null): Promise<void> {
    const holder = await this.units.findByName(ctx, name);
    if (holder && holder.id !== selfId) throw new ConflictError(`已有名为“${name}”的承办单位（编号 ${holder.id}）`, 'name');
  }
}

function toRow(input: CreateHandlingUnitInput | HandlingUnit): HandlingUnitRow {
  return { name: input.name, contact: input.contact ?? null };
}
