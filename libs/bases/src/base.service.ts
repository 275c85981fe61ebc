import { Injectable } from '@nestjs/common';

import { alignByKey, assertValid, ConflictError, NotFoundError, type Page, type RequestContext } from '@rural/core';
import { assertNoDependents, Transactions, updateVersioned, violatedConstraint } from '@rural/database';
import { Enterprise } from '@rural/enterprises';
import { assertDivisionWithinScope, Division, DivisionService } from '@rural/geography';

import { BASE_RULES } from './base.constraints.js';
import { Base } from './base.entity.js';
import { BaseRepository, type BaseRow, type PlacedBase } from './base.repository.js';
import type { BasesArgs } from './dto/bases.args.js';
import { CreateBaseInput } from './dto/create-base.input.js';
import type { UpdateBaseInput } from './dto/update-base.input.js';
import { findVillageOrFail } from './village.rule.js';

/** Production and demonstration bases (基地), each in one village. */
@Injectable()
export class BaseService {
  constructor(
    private readonly transactions: Transactions,
    private readonly bases: BaseRepository,
    private readonly divisions: DivisionService,
  ) {}

  /** One base, or null when there is none or it lies outside the caller's division. */
  findById(ctx: RequestContext, id: string): Promise<PlacedBase | null> {
    return this.bases.findPlaced(id, ctx.scope);
  }

  /** This request's batched loader of bases by id, the caller's scope applied (one query however many are asked for). */
  byIdLoader(ctx: RequestContext) {
    return ctx.loaders.get<string, PlacedBase>('base.byId', async (ids) =>
      alignByKey(ids, await this.bases.findPlacedByIds(ids, ctx.scope), (row) => row.id),
    );
  }

  /** The village a base lies in: the joined one when the base was read with it, else batched by id. */
  async villageOf(ctx: RequestContext, base: PlacedBase): Promise<Division | null> {
    return base.village ?? this.divisions.byIdLoader(ctx).load(base.villageId);
  }

  /** The town (乡镇) a base's village lies in: the joined one when the base was read with it. */
  async townOf(ctx: RequestContext, base: PlacedBase): Promise<Division | null> {
    if (base.town !== undefined) return base.town;
    return this.townOfVillage(ctx, base.villageId);
  }

  /**
   * The town a village lies in, null when it is under none: the village's `town_id` (kept by a
   * trigger), both rows read through the shared `division.byId` loader, so a page of villages
   * costs two batched statements at most and none for rows already loaded. Matches use it too.
   */
  async townOfVillage(ctx: RequestContext, villageId: string): Promise<Division | null> {
    const byId = this.divisions.byIdLoader(ctx);
    const village = await byId.load(villageId);
    return village?.townId ? byId.load(village.townId) : null;
  }

  list(ctx: RequestContext, args: BasesArgs): Promise<Page<PlacedBase>> {
    return this.bases.page(args, ctx.scope);
  }

  create(ctx: RequestContext, input: CreateBaseInput): Promise<Base> {
    return this.transactions.run(ctx, async (tx) => {
      await this.checkReferences(tx, input, null);
      return this.bases.insert(tx, toRow(input));
    });
  }

  update(ctx: RequestContext, input: UpdateBaseInput): Promise<Base> {
    return updateVersioned(this.transactions, ctx, input, {
      noun: '基地',
      lock: (tx, id) => this.lockedOrFail(tx, id),
      // The validated copy is what gets stored: its text is trimmed.
      merge: (base, changes) => assertValid(CreateBaseInput, { ...toRow(base), ...changes }),
      write: async (tx, id, valid) => {
        await this.checkReferences(tx, valid, id);
        await this.save(tx, id, toRow(valid));
      },
      reread: (tx, id) => this.bases.reread(tx, id),
    });
  }

  delete(ctx: RequestContext, id: string): Promise<string> {
    return this.transactions.run(ctx, async (tx) => {
      await this.lockedOrFail(tx, id);
      await assertNoDependents(tx.transaction, 'base', id, '该基地');
      await this.bases.delete(tx, id);
      return id;
    });
  }

  private async lockedOrFail(ctx: RequestContext, id: string): Promise<Base> {
    const base = await this.bases.lock(ctx, id);
    if (!base) throw new NotFoundError('基地', id, 'id');
    await assertDivisionWithinScope(ctx, base.villageId, `基地（编号 ${id}）`);
    return base;
  }

  private async checkReferences(
    ctx: RequestContext,
    row: Pick<CreateBaseInput, 'name' | 'villageId' | 'operatorId'>,
    selfId: string | null,
  ): Promise<void> {
    const village = await findVillageOrFail(ctx, row.villageId, BASE_RULES.CHK_base_village_level.message);
    if (row.operatorId && !(await ctx.transaction.existsBy(Enterprise, { id: row.operatorId }))) {
      throw new NotFoundError('经营企业', row.operatorId, 'operatorId');
    }
    // One name per village: imports find a base by village and name.
    const namesake = await this.bases.findInVillageByName(ctx, row.villageId, row.name);
    if (namesake && namesake.id !== selfId) {
      throw new ConflictError(`${village.name}已有名为“${row.name}”的基地（编号 ${namesake.id}）`, 'name');
    }
  }

  /**
   * Writes the changes. Moving a base to another village is refused by the database while one of
   * its matches (or a record naming a match without a base) is in the old village; the trigger
   * holds that rule for every road in, and here it gets words that fit this operation.
   */
  private async save(ctx: RequestContext, id: string, row: BaseRow): Promise<void> {
    try {
      await this.bases.update(ctx, id, row);
    } catch (error) {
      const constraint = violatedConstraint(error);
      if (constraint === 'CHK_match_base_village') {
        throw new ConflictError('该基地有对接位于原来的村，不能把基地移到其他村；请先修改或删除这些对接', 'villageId');
      }
      if (constraint === 'CHK_outcome_record_match_scope') {
        throw new ConflictError('该基地的成效记录关联了原来村的对接，不能把基地移到其他村', 'villageId');
      }
      throw error;
    }
  }
}

/** The stored columns of a base, with optional fields left out turned into null. */
function toRow(input: CreateBaseInput | Base): BaseRow {
  return {
    name: input.name,
    villageId: input.villageId,
    areaMu: input.areaMu ?? null,
    industry: input.industry ?? null,
    operatingModel: input.operatingModel ?? null,
    operatorId: input.operatorId ?? null,
  };
}
