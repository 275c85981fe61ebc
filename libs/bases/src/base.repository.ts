import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { containsPattern, pageOf, type Page, type RequestContext } from '@rural/core';
import { AggregateRows } from '@rural/database';
import { Division, inDivisionSubtree } from '@rural/geography';

import { Base } from './base.entity.js';
import type { BasesArgs } from './dto/bases.args.js';

/**
 * A base as `base`, `bases` and the base loader read it: with its village and that village's
 * town (null when the village is under no town) joined in, so `Base.village` and `Base.town`
 * cost no statement of their own. Bases read elsewhere (e.g. just written) have neither.
 */
export type PlacedBase = Base & { town?: Division | null };

/** Columns a base is written with. */
export type BaseRow = Pick<Base, 'name' | 'villageId' | 'areaMu' | 'industry' | 'operatingModel' | 'operatorId'>;

/** Every statement the bases lib runs on `base`. */
@Injectable()
export class BaseRepository extends AggregateRows<Base, BaseRow> {
  constructor(@InjectRepository(Base) private readonly bases: Repository<Base>) {
    super(Base);
  }

  /** One base placed in its village and town, limited to the subtree of `scope` when given. */
  findPlaced(id: string, scope: string | null): Promise<PlacedBase | null> {
    const query = this.placed().where('base.id = :id', { id });
    if (scope) query.andWhere(inDivisionSubtree('base.villageId', 'scope'), { scope });
    return query.getOne();
  }

  /** Many bases by id, placed, limited to the subtree of `scope` when given. */
  findPlacedByIds(ids: readonly string[], scope: string | null): Promise<PlacedBase[]> {
    const query = this.placed().where('base.id IN (:...ids)', { ids });
    if (scope) query.andWhere(inDivisionSubtree('base.villageId', 'scope'), { scope });
    return query.getMany();
  }

  /** The base of this name in this village: its natural key. */
  findInVillageByName(ctx: RequestContext, villageId: string, name: string): Promise<Base | null> {
    return ctx.transaction.findOneBy(Base, { villageId, name });
  }

  /** One statement: the page, its villages and towns, and the number of bases over all pages. */
  page({ filter, skip, take }: BasesArgs, scope: string | null): Promise<Page<PlacedBase>> {
    const query = this.placed();
    if (scope) query.andWhere(inDivisionSubtree('base.villageId', 'scope'), { scope });
    if (filter?.divisionId) query.andWhere(inDivisionSubtree('base.villageId', 'divisionId'), { divisionId: filter.divisionId });
    if (filter?.enterpriseId) query.andWhere('base.operatorId = :enterpriseId', { enterpriseId: filter.enterpriseId });
    if (filter?.industry) query.andWhere('base.industry = :industry', { industry: filter.industry });
    if (filter?.search) query.andWhere('base.name ILIKE :pattern', { pattern: containsPattern(filter.search) });
    return pageOf(query, { skip, take });
  }

  /** Bases with their village and the village's town joined in (see `PlacedBase`). */
  private placed() {
    return this.bases
      .createQueryBuilder('base')
      .leftJoinAndSelect('base.village', 'village')
      .leftJoinAndMapOne('base.town', Division, 'town', 'town.id = village.townId');
  }
}
