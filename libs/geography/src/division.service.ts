import { Injectable } from '@nestjs/common';

import {
  alignByKey,
  assertValid,
  ConflictError,
  ForbiddenError,
  groupByKey,
  NotFoundError,
  UserInputError,
  type Page,
  type RequestContext,
} from '@rural/core';
import { assertNoDependents, Transactions, updateVersioned } from '@rural/database';

import { assertWithinScope, withinScope } from './caller-scope.js';
import { isBelow, LEVEL_NAMES, type DivisionLevel } from './division-level.js';
import { DIVISION_RULES } from './division.constraints.js';
import { Division } from './division.entity.js';
import { DivisionRepository, type DivisionRow } from './division.repository.js';
import { CreateDivisionInput } from './dto/create-division.input.js';
import type { DivisionsArgs } from './dto/divisions.args.js';
import type { UpdateDivisionInput } from './dto/update-division.input.js';

/** The administrative tree: 省 › 市 › 县 › 乡镇 › 村. */
@Injectable()
export class DivisionService {
  constructor(
    private readonly transactions: Transactions,
    private readonly divisions: DivisionRepository,
  ) {}

  /** One division, or null when there is none or it lies outside the caller's division. */
  async findById(ctx: RequestContext, id: string): Promise<Division | null> {
    const division = await this.divisions.findById(ctx, id);
    return division && withinScope(division.ancestorIds, ctx.scope) ? division : null;
  }

  /**
   * This request's batched loader of divisions by id (one query however many are asked for). It
   * does not apply the caller's scope: relation fields that may point above it check themselves.
   */
  byIdLoader(ctx: RequestContext) {
    return ctx.loaders.get<string, Division>('division.byId', async (ids) =>
      alignByKey(ids, await this.divisions.findByIds(ids), (row) => row.id),
    );
  }

  /** The direct children of a division, batched per request. */
  childrenLoader(ctx: RequestContext) {
    return ctx.loaders.get<string, Division[]>('division.children', async (ids) =>
      groupByKey(ids, await this.divisions.childrenOf(ids), (row) => row.parentId as string),
    );
  }

  list(ctx: RequestContext, args: DivisionsArgs): Promise<Page<Division>> {
    return this.divisions.page(args, ctx.scope);
  }

  create(ctx: RequestContext, input: CreateDivisionInput): Promise<Division> {
    return this.transactions.run(ctx, async (tx) => {
      await this.checkPlacement(tx, input.level, input.parentId ?? null, null);
      await this.checkCodeFree(tx, input.code ?? null, null);
      await this.checkNameFree(tx, input.parentId ?? null, input.name, null);
      return this.divisions.insert(tx, toRow(input));
    });
  }

  update(ctx: RequestContext, input: UpdateDivisionInput): Promise<Division> {
    return updateVersioned(this.transactions, ctx, input, {
      noun: '区划',
      lock: (tx, id) => this.lockedOrFail(tx, id),
      merge: (division, changes) => assertValid(CreateDivisionInput, { ...toRow(division), ...changes }),
      write: async (tx, id, valid, division) => {
        await this.checkPlacement(tx, valid.level, valid.parentId ?? null, id);
        if (valid.level !== division.level) await this.checkChildrenBelow(tx, id, valid.level);
        await this.checkCodeFree(tx, valid.code ?? null, id);
        await this.checkNameFree(tx, valid.parentId ?? null, valid.name, id);
        await this.divisions.update(tx, id, toRow(valid));
      },
      reread: (tx, id) => this.divisions.reread(tx, id),
    });
  }

  delete(ctx: RequestContext, id: string): Promise<string> {
    return this.transactions.run(ctx, async (tx) => {
      await this.lockedOrFail(tx, id);
      await assertNoDependents(tx.transaction, 'division', id, '该区划');
      await this.divisions.delete(tx, id);
      return id;
    });
  }

  private async lockedOrFail(ctx: RequestContext, id: string): Promise<Division> {
    const division = await this.divisions.lock(ctx, id);
    if (!division) throw new NotFoundError('区划', id, 'id');
    // A scoped caller changes what lies below their division, not the division itself.
    if (division.id === ctx.scope) throw new ForbiddenError('不能修改或删除您负责的区划本身，请联系上级管理员');
    assertWithinScope(ctx, division.ancestorIds, `区划“${division.name}”`);
    return division;
  }

  /** A division sits below its parent's level, and never under itself or its own descendants. */
  private async checkPlacement(ctx: RequestContext, level: DivisionLevel, parentId: string | null, selfId: string | null): Promise<void> {
    if (!parentId) {
      if (ctx.scope) throw new ForbiddenError('只能在您负责的区划之下新建或移动区划');
      return;
    }
    const parent = await this.divisions.findById(ctx, parentId);
    if (!parent) throw new NotFoundError('上级区划', parentId, 'parentId');
    assertWithinScope(ctx, parent.ancestorIds, `上级区划“${parent.name}”`);
    if (selfId && parent.ancestorIds.includes(selfId)) {
      throw UserInputError.field('parentId', DIVISION_RULES.CHK_division_no_cycle.message);
    }
    if (!isBelow(level, parent.level)) {
      throw UserInputError.field('level', `“${parent.name}”是${LEVEL_NAMES[parent.level]}级，下级区划的级别必须低于它`);
    }
  }

  private async checkChildrenBelow(ctx: RequestContext, id: string, level: DivisionLevel): Promise<void> {
    const children = await this.divisions.childrenOfOne(ctx, id);
    const clash = children.find((child) => !isBelow(child.level, level));
    if (clash) throw UserInputError.field('level', `下级区划“${clash.name}”的级别不低于${LEVEL_NAMES[level]}，不能这样改`);
  }

  /** One name among siblings (roots included): imports find a division by its name under its parent. */
  private async checkNameFree(ctx: RequestContext, parentId: string | null, name: string, selfId: string | null): Promise<void> {
    const holder = await this.divisions.findSibling(ctx, parentId, name);
    if (holder && holder.id !== selfId) {
      const parent = parentId ? await this.divisions.findById(ctx, parentId) : null;
      const where = parent ? `“${parent.name}”下` : '最上级';
      throw new ConflictError(`${where}已有名为“${name}”的区划（编号 ${holder.id}）`, 'name');
    }
  }

  private async checkCodeFree(ctx: RequestContext, code: string | null, selfId: string | null): Promise<void> {
    if (!code) return;
    const holder = await this.divisions.findByCode(ctx, code);
    if (holder && holder.id !== selfId) throw new ConflictError(`统计用区划代码 ${code} 已被“${holder.name}”使用`, 'code');
  }
}

/** The stored columns of a division, with optional fields left out turned into null. */
function toRow(input: CreateDivisionInput | Division): DivisionRow {
  return { name: input.name, level: input.level, code: input.code ?? null, parentId: input.parentId ?? null };
}
