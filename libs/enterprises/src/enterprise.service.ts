import { Injectable } from '@nestjs/common';

import { alignByKey, assertValid, ConflictError, NotFoundError, type Page, type RequestContext } from '@rural/core';
import { assertNoDependents, Transactions, updateVersioned } from '@rural/database';

import { CreateEnterpriseInput } from './dto/create-enterprise.input.js';
import type { EnterprisesArgs } from './dto/enterprises.args.js';
import type { UpdateEnterpriseInput } from './dto/update-enterprise.input.js';
import { Enterprise } from './enterprise.entity.js';
import { EnterpriseRepository, type EnterpriseRow } from './enterprise.repository.js';

/**
 * Enterprises brought to the countryside (引企下乡): a registry shared by every division, so it
 * is read without a scope; what an enterprise did in a division is limited by the libs that record it.
 */
@Injectable()
export class EnterpriseService {
  constructor(
    private readonly transactions: Transactions,
    private readonly enterprises: EnterpriseRepository,
  ) {}

  findById(ctx: RequestContext, id: string): Promise<Enterprise | null> {
    return this.enterprises.findById(ctx, id);
  }

  /** This request's batched loader of enterprises by id (one query however many are asked for). */
  byIdLoader(ctx: RequestContext) {
    return ctx.loaders.get<string, Enterprise>('enterprise.byId', async (ids) =>
      alignByKey(ids, await this.enterprises.findByIds(ids), (row) => row.id),
    );
  }

  list(_ctx: RequestContext, args: EnterprisesArgs): Promise<Page<Enterprise>> {
    return this.enterprises.page(args);
  }

  create(ctx: RequestContext, input: CreateEnterpriseInput): Promise<Enterprise> {
    return this.transactions.run(ctx, async (tx) => {
      const row = toRow(input);
      await this.checkCreditCodeFree(tx, row.creditCode, null);
      await this.checkNameFree(tx, row, null);
      return this.enterprises.insert(tx, row);
    });
  }

  update(ctx: RequestContext, input: UpdateEnterpriseInput): Promise<Enterprise> {
    return updateVersioned(this.transactions, ctx, input, {
      noun: '企业',
      lock: (tx, id) => this.lockedOrFail(tx, id),
      // The validated copy is what gets stored: it carries the normalised credit code.
      merge: (enterprise, changes) => assertValid(CreateEnterpriseInput, { ...toRow(enterprise), ...changes }),
      write: async (tx, id, valid) => {
        const row = toRow(valid);
        await this.checkCreditCodeFree(tx, row.creditCode, id);
        await this.checkNameFree(tx, row, id);
        await this.enterprises.update(tx, id, row);
      },
      reread: (tx, id) => this.enterprises.reread(tx, id),
    });
  }

  delete(ctx: RequestContext, id: string): Promise<string> {
    return this.transactions.run(ctx, async (tx) => {
      await this.lockedOrFail(tx, id);
      await assertNoDependents(tx.transaction, 'enterprise', id, '该企业');
      await this.enterprises.delete(tx, id);
      return id;
    });
  }

  private async lockedOrFail(ctx: RequestContext, id: string): Promise<Enterprise> {
    const enterprise = await this.enterprises.lock(ctx, id);
    if (!enterprise) throw new NotFoundError('企业', id, 'id');
    return enterprise;
  }

  /** Without a credit code, the name is what tells an enterprise apart (imports find it by name). */
  private async checkNameFree(ctx: RequestContext, row: EnterpriseRow, selfId: string | null): Promise<void> {
    if (row.creditCode) return;
    const holder = await this.enterprises.findUncodedByName(ctx, row.name);
    if (holder && holder.id !== selfId) {
      throw new ConflictError(
        `已有名为“${row.name}”、没有统一社会信用代码的企业（编号 ${holder.id}）；请填写统一社会信用代码，或用能区分的名称`,
        'name',
      );
    }
  }

  /** One enterprise per 统一社会信用代码; an unknown code (null) may repeat. */
  private async checkCreditCodeFree(ctx: RequestContext, creditCode: string | null, selfId: string | null): Promise<void> {
    if (!creditCode) return;
    const holder = await this.enterprises.findByCreditCode(ctx, creditCode);
    if (holder && holder.id !== selfId) {
      throw new ConflictError(`统一社会信用代码 ${creditCode} 已登记为“${holder.name}”`, 'creditCode');
    }
  }
}

function toRow(input: CreateEnterpriseInput | Enterprise): EnterpriseRow {
  return { name: input.name, creditCode: input.creditCode ?? null, industry: input.industry ?? null };
}
