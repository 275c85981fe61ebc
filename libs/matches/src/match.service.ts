import { Injectable } from '@nestjs/common';

import { Base, findVillageOrFail } from '@rural/bases';
import { alignByKey, assertValid, ConflictError, NotFoundError, UserInputError, type Page, type RequestContext } from '@rural/core';
import { assertNoDependents, Transactions, updateVersioned, violatedConstraint } from '@rural/database';
import { Enterprise } from '@rural/enterprises';
import { assertDivisionWithinScope, Division } from '@rural/geography';

import { CreateMatchInput } from './dto/create-match.input.js';
import type { MatchesArgs } from './dto/matches.args.js';
import type { UpdateMatchInput } from './dto/update-match.input.js';
import { MatchStatus } from './match-status.js';
import { MATCH_RULES } from './match.constraints.js';
import { Match } from './match.entity.js';
import { MatchRepository, type MatchRow } from './match.repository.js';

/** 引企下乡对接: enterprises paired with villages (and usually a base), brokered by members. */
@Injectable()
export class MatchService {
  constructor(
    private readonly transactions: Transactions,
    private readonly matches: MatchRepository,
  ) {}

  /** One match, or null when there is none or it lies outside the caller's division. */
  findById(ctx: RequestContext, id: string): Promise<Match | null> {
    return this.matches.findById(id, ctx.scope);
  }

  /** This request's batched loader of matches by id, the caller's scope applied (one query however many are asked for). */
  byIdLoader(ctx: RequestContext) {
    return ctx.loaders.get<string, Match>('match.byId', async (ids) =>
      alignByKey(ids, await this.matches.findByIds(ids, ctx.scope), (row) => row.id),
    );
  }

  list(ctx: RequestContext, args: MatchesArgs): Promise<Page<Match>> {
    return this.matches.page(args, ctx.scope);
  }

  create(ctx: RequestContext, input: CreateMatchInput): Promise<Match> {
    return this.transactions.run(ctx, async (tx) => {
      const row = toRow(input);
      const places = await this.checkReferences(tx, row);
      const brokerIds = input.brokerIds ?? [];
      await this.checkBrokers(tx, brokerIds);
      await this.checkNaturalKey(tx, row, places, null);
      const saved = await this.matches.insert(tx, row);
      await this.matches.replaceBrokers(tx, saved.id, brokerIds);
      // The links are rows of their own: the stored row read back by insert is still current.
      return saved;
    });
  }

  update(ctx: RequestContext, input: UpdateMatchInput): Promise<Match> {
    const { brokerIds, ...matchChanges } = input;
    return updateVersioned(this.transactions, ctx, matchChanges, {
      noun: '对接',
      lock: (tx, id) => this.lockedOrFail(tx, id),
      merge: (match, changes) => assertValid(CreateMatchInput, { ...toRow(match), ...changes, brokerIds }),
      write: async (tx, id, valid) => {
        const row = toRow(valid);
        await this.checkNaturalKey(tx, row, await this.checkReferences(tx, row), id);
        await this.save(tx, id, row, input.villageId === undefined ? 'baseId' : 'villageId');
        // Left out: the brokers stay; given (null meaning none): they become exactly the list.
        if (brokerIds !== undefined) {
          await this.checkBrokers(tx, brokerIds ?? []);
          await this.matches.replaceBrokers(tx, id, brokerIds ?? []);
        }
      },
      reread: (tx, id) => this.matches.reread(tx, id),
    });
  }

  delete(ctx: RequestContext, id: string): Promise<string> {
    return this.transactions.run(ctx, async (tx) => {
      await this.lockedOrFail(tx, id);
      await assertNoDependents(tx.transaction, 'match', id, '该对接');
      // The broker links go with the match (ON DELETE CASCADE).
      await this.matches.delete(tx, id);
      return id;
    });
  }

  private async lockedOrFail(ctx: RequestContext, id: string): Promise<Match> {
    const match = await this.matches.lock(ctx, id);
    if (!match) throw new NotFoundError('对接', id, 'id');
    await assertDivisionWithinScope(ctx, match.villageId, `对接（编号 ${id}）`);
    return match;
  }

  /** The enterprise exists; the village is a village; the base, if any, lies in that village. */
  private async checkReferences(ctx: RequestContext, row: MatchRow): Promise<MatchPlaces> {
    const enterprise = await this.matches.enterpriseById(ctx, row.enterpriseId);
    if (!enterprise) throw new NotFoundError('企业', row.enterpriseId, 'enterpriseId');
    const village = await findVillageOrFail(ctx, row.villageId, MATCH_RULES.CHK_match_village_level.message);
    const base = row.baseId ? await this.matches.baseForShare(ctx, row.baseId) : null;
    if (row.baseId && !base) throw new NotFoundError('基地', row.baseId, 'baseId');
    if (base && base.villageId !== row.villageId) {
      throw UserInputError.field('baseId', `基地“${base.name}”不在所选的村，${MATCH_RULES.CHK_match_base_village.message}`);
    }
    return { enterprise, village, base };
  }

  /** No other match pairs the same enterprise, village and base (none counting as one): imports find a match by them. */
  private async checkNaturalKey(ctx: RequestContext, row: MatchRow, places: MatchPlaces, selfId: string | null): Promise<void> {
    const twin = await this.matches.findByNaturalKey(ctx, row);
    if (twin && twin.id !== selfId) {
      const { enterprise, village, base } = places;
      const at = base ? `${village.name}“${base.name}”` : `${village.name}（未指定基地）`;
      throw new ConflictError(`“${enterprise.name}”在${at}已有对接（编号 ${twin.id}）`, 'enterpriseId');
    }
  }

  private async checkBrokers(ctx: RequestContext, brokerIds: string[]): Promise<void> {
    if (brokerIds.length === 0) return;
    const found = await this.matches.existingMemberIds(ctx, brokerIds);
    const missing = brokerIds.find((id) => !found.has(id));
    if (missing) throw new NotFoundError('牵线委员', missing, 'brokerIds');
  }

  /**
   * Writes the changes. An outcome record tied to the match must keep fitting its base or
   * division; the database checks that after the move, and here it gets words that fit.
   */
  private async save(ctx: RequestContext, id: string, row: MatchRow, movedField: string): Promise<void> {
    try {
      await this.matches.update(ctx, id, row);
    } catch (error) {
      if (violatedConstraint(error) === 'CHK_outcome_record_match_scope') {
        throw new ConflictError('该对接已有成效记录，改到这个村或基地后记录将对不上；请先修改这些成效记录', movedField);
      }
      throw error;
    }
  }
}

/** What a match's references turned out to be, for the words of a clash. */
interface MatchPlaces {
  enterprise: Enterprise;
  village: Division;
  base: Base | null;
}

/** The stored columns of a match, with optional fields left out turned into null. */
function toRow(input: CreateMatchInput | Match): MatchRow {
  return {
    enterpriseId: input.enterpriseId,
    villageId: input.villageId,
    baseId: input.baseId ?? null,
    status: input.status ?? MatchStatus.INTENT,
    signedOn: input.signedOn ?? null,
    investmentYuan: input.investmentYuan ?? null,
  };
}
