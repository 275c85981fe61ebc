import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';

import {
  alignByKey,
  assertValid,
  assertVersion,
  ConflictError,
  containsPattern,
  NotFoundError,
  pageOf,
  type Page,
  type RequestLoaders,
} from '@rural/core';
import { violatedConstraint } from '@rural/database';
import { Enterprise } from '@rural/enterprises';
import { assertDivisionWithinCallerScope, Division, DivisionService, inDivisionSubtree } from '@rural/geography';

import { Base } from './base.entity.js';
import type { BasesArgs } from './dto/bases.args.js';
import { CreateBaseInput } from './dto/create-base.input.js';
import type { UpdateBaseInput } from './dto/update-base.input.js';
import { findVillageOrFail } from './village.rule.js';

const VILLAGE_RULE = '基地必须位于村级区划';

/**
 * A base as `base`, `bases` and the base loader read it: with its village and that village's
 * town (null when the village is under no town) joined in, so `Base.village` and `Base.town`
 * cost no statement of their own. Bases read elsewhere (e.g. just written) have neither.
 */
export type PlacedBase = Base & { town?: Division | null };

/** Production and demonstration bases (基地), each in one village. */
@Injectable()
export class BaseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Base) private readonly bases: Repository<Base>,
    private readonly divisions: DivisionService,
  ) {}

  /** One base, or null when there is none or it lies outside `scope` (a caller's division). */
  findById(id: string, scope: string | null = null): Promise<PlacedBase | null> {
    const query = this.placed().where('base.id = :id', { id });
    if (scope) query.andWhere(inDivisionSubtree('base.villageId', 'scope'), { scope });
    return query.getOne();
  }

  findByIds(ids: readonly string[]): Promise<PlacedBase[]> {
    return this.placed().where('base.id IN (:...ids)', { ids }).getMany();
  }

  /** This request's batched loader of bases by id (one query however many are asked for). */
  byIdLoader(loaders: RequestLoaders) {
    return loaders.get<string, Base>('base.byId', async (ids) => alignByKey(ids, await this.findByIds(ids), (row) => row.id));
  }

  /** The village a base lies in: the joined one when the base was read with it, else batched by id. */
  async villageOf(loaders: RequestLoaders, base: PlacedBase): Promise<Division | null> {
    return base.village ?? this.divisions.byIdLoader(loaders).load(base.villageId);
  }

  /** The town (乡镇) a base's village lies in: the joined one when the base was read with it. */
  async townOf(loaders: RequestLoaders, base: PlacedBase): Promise<Division | null> {
    if (base.town !== undefined) return base.town;
    return this.townOfVillage(loaders, base.villageId);
  }

  /**
   * The town a village lies in, null when it is under none: the village's `town_id` (kept by a
   * trigger), both rows read through the shared `division.byId` loader, so a page of villages
   * costs two batched statements at most and none for rows already loaded. Matches use it too.
   */
  async townOfVillage(loaders: RequestLoaders, villageId: string): Promise<Division | null> {
    const byId = this.divisions.byIdLoader(loaders);
    const village = await byId.load(villageId);
    return village?.townId ? byId.load(village.townId) : null;
  }

  /** One statement: the page, its villages and towns, and the number of bases over all pages. */
  list({ filter, skip, take }: BasesArgs, scope: string | null = null): Promise<Page<PlacedBase>> {
    const query = this.placed();
    if (scope) query.andWhere(inDivisionSubtree('base.villageId', 'scope'), { scope });
    if (filter?.divisionId) query.andWhere(inDivisionSubtree('base.villageId', 'divisionId'), { divisionId: filter.divisionId });
    if (filter?.enterpriseId) query.andWhere('base.operatorId = :enterpriseId', { enterpriseId: filter.enterpriseId });
    if (filter?.industry) query.andWhere('base.industry = :industry', { industry: filter.industry });
    if (filter?.search) query.andWhere('base.name ILIKE :pattern', { pattern: containsPattern(filter.search) });
    return pageOf(query, { skip, take });
  }

  create(input: CreateBaseInput): Promise<Base> {
    return this.dataSource.transaction(async (manager) => {
      await this.checkReferences(manager, input);
      const saved = await manager.save(manager.create(Base, toRow(input)));
      return manager.findOneByOrFail(Base, { id: saved.id });
    });
  }

  update(input: UpdateBaseInput): Promise<Base> {
    return this.dataSource.transaction(async (manager) => {
      const base = await this.lockedOrFail(manager, input.id);
      assertVersion(base, input.version, '基地');
      const { id, version: _version, ...changes } = input;
      // The validated copy is what gets stored: its text is trimmed.
      const valid = await assertValid(CreateBaseInput, { ...toRow(base), ...changes });
      await this.checkReferences(manager, valid);
      await this.save(manager, id, toRow(valid));
      return manager.findOneByOrFail(Base, { id });
    });
  }

  delete(id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockedOrFail(manager, id);
      await this.checkNothingRefersTo(manager, id);
      await manager.delete(Base, { id });
      return id;
    });
  }

  private async lockedOrFail(manager: EntityManager, id: string): Promise<Base> {
    const base = await manager.findOne(Base, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!base) throw new NotFoundError('基地', id, 'id');
    await assertDivisionWithinCallerScope(manager, base.villageId, `基地（编号 ${id}）`);
    return base;
  }

  private async checkReferences(manager: EntityManager, row: Pick<CreateBaseInput, 'villageId' | 'operatorId'>): Promise<void> {
    await findVillageOrFail(manager, row.villageId, VILLAGE_RULE);
    if (row.operatorId && !(await manager.existsBy(Enterprise, { id: row.operatorId }))) {
      throw new NotFoundError('经营企业', row.operatorId, 'operatorId');
    }
  }

  /**
   * Writes the changes. Moving a base to another village is refused by the database while one of
   * its matches (or a record naming a match without a base) is in the old village; the trigger
   * holds that rule for every road in, and here it gets words that fit this operation.
   */
  private async save(manager: EntityManager, id: string, row: ReturnType<typeof toRow>): Promise<void> {
    try {
      await manager.update(Base, { id }, row);
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

  /**
   * Matches, service activities and outcome records keep a base. Their tables belong to libs
   * that build on this one, so they are counted in SQL; their foreign keys are the backstop.
   */
  private async checkNothingRefersTo(manager: EntityManager, id: string): Promise<void> {
    const [counts] = await manager.query<{ matches: number; activities: number; records: number }[]>(
      `SELECT (SELECT count(*) FROM match WHERE base_id = $1)::int AS matches,
              (SELECT count(*) FROM service_activity WHERE base_id = $1)::int AS activities,
              (SELECT count(*) FROM outcome_record WHERE base_id = $1)::int AS records`,
      [id],
    );
    const holders = [
      counts.matches > 0 ? `${counts.matches} 个对接` : '',
      counts.activities > 0 ? `${counts.activities} 次服务活动` : '',
      counts.records > 0 ? `${counts.records} 条成效记录` : '',
    ].filter(Boolean);
    if (holders.length > 0) throw new ConflictError(`该基地仍有${holders.join('、')}，不能删除`, 'id');
  }

  /** Bases with their village and the village's town joined in (see `PlacedBase`). */
  private placed() {
    return this.bases
      .createQueryBuilder('base')
      .leftJoinAndSelect('base.village', 'village')
      .leftJoinAndMapOne('base.town', Division, 'town', 'town.id = village.townId');
  }
}

/** The stored columns of a base, with optional fields left out turned into null. */
function toRow(input: CreateBaseInput | Base) {
  return {
    name: input.name,
    villageId: input.villageId,
    areaMu: input.areaMu ?? null,
    industry: input.industry ?? null,
    operatingModel: input.operatingModel ?? null,
    operatorId: input.operatorId ?? null,
  };
}
