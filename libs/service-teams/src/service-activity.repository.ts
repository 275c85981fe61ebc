import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';

import { Base } from '@rural/bases';
import type { Page, RequestContext } from '@rural/core';
import { inDivisionSubtree } from '@rural/geography';

import type { ServiceActivitiesArgs } from './dto/service-activities.args.js';
import type { TeamActivitiesArgs } from './dto/team-activities.args.js';
import { ServiceActivity } from './service-activity.entity.js';
import { ServiceTeam } from './service-team.entity.js';

interface DateRange {
  from?: string;
  to?: string;
}

/** Columns a visit is written with. */
export type ServiceActivityRow = Pick<ServiceActivity, 'teamId' | 'baseId' | 'date' | 'topic' | 'farmersTrained' | 'areaCoveredMu'>;

/**
 * Every statement the service-teams lib runs on `service_activity`. A visit is placed where its
 * base is: reads take the caller's scope (a division id, or null for unlimited).
 */
@Injectable()
export class ServiceActivityRepository {
  constructor(@InjectRepository(ServiceActivity) private readonly activities: Repository<ServiceActivity>) {}

  findById(id: string, scope: string | null): Promise<ServiceActivity | null> {
    const query = this.activities.createQueryBuilder('activity').where('activity.id = :id', { id });
    if (scope) query.andWhere(atBaseWithin('activity'), { scope });
    return query.getOne();
  }

  async page({ filter, skip, take }: ServiceActivitiesArgs, scope: string | null): Promise<Page<ServiceActivity>> {
    // An explicit `filter: null` means no filter, like leaving it out.
    filter ??= {};
    const query = this.activities.createQueryBuilder('activity').orderBy('activity.id', 'ASC').offset(skip).limit(take);
    if (scope) query.andWhere(atBaseWithin('activity'), { scope });
    if (filter.teamId) query.andWhere('activity.teamId = :teamId', { teamId: filter.teamId });
    if (filter.baseId) query.andWhere('activity.baseId = :baseId', { baseId: filter.baseId });
    if (filter.divisionId) {
      query
        .innerJoin('activity.base', 'base')
        .andWhere(inDivisionSubtree('base.village_id', 'divisionId'), { divisionId: filter.divisionId });
    }
    withinDates(query, 'activity', filter);
    const [items, totalItems] = await query.getManyAndCount();
    return { items, totalItems };
  }

  /** One page of each team's visits, newest first, and each team's total: two statements for any number of teams. */
  async pagesOfTeams(
    teamIds: readonly string[],
    { from, to, skip, take }: TeamActivitiesArgs,
    scope: string | null,
  ): Promise<Page<ServiceActivity>[]> {
    // Numbers each team's visits newest first, then keeps the rows of the asked-for page.
    const items = await this.activities
      .createQueryBuilder('activity')
      .innerJoin(
        (sub: SelectQueryBuilder<ServiceActivity>) =>
          withinDates(
            sub
              .select('ranked.id', 'id')
              .addSelect('row_number() OVER (PARTITION BY ranked.team_id ORDER BY ranked.date DESC, ranked.id DESC)', 'row_in_team')
              .from(ServiceActivity, 'ranked')
              .where('ranked.teamId IN (:...teamIds)', { teamIds })
              .andWhere(scope ? atBaseWithin('ranked') : 'TRUE', { scope }),
            'ranked',
            { from, to },
          ),
        'page',
        'page.id = activity.id',
      )
      .where('page.row_in_team > :skip AND page.row_in_team <= :end', { skip, end: skip + take })
      .orderBy('activity.date', 'DESC')
      .addOrderBy('activity.id', 'DESC')
      .getMany();
    const counts = await withinDates(
      this.activities
        .createQueryBuilder('activity')
        .select('activity.team_id', 'teamId')
        .addSelect('CAST(count(*) AS integer)', 'total')
        .where('activity.teamId IN (:...teamIds)', { teamIds })
        .andWhere(scope ? atBaseWithin('activity') : 'TRUE', { scope })
        .groupBy('activity.team_id'),
      'activity',
      { from, to },
    ).getRawMany<{ teamId: string; total: number }>();
    const totals = new Map(counts.map((row) => [String(row.teamId), row.total]));
    const byTeam = new Map(teamIds.map((teamId) => [teamId, [] as ServiceActivity[]]));
    for (const activity of items) byTeam.get(activity.teamId)?.push(activity);
    return teamIds.map((teamId) => ({ items: byTeam.get(teamId) ?? [], totalItems: totals.get(teamId) ?? 0 }));
  }

  lock(ctx: RequestContext, id: string): Promise<ServiceActivity | null> {
    return ctx.transaction.findOne(ServiceActivity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  teamExists(ctx: RequestContext, id: string): Promise<boolean> {
    return ctx.transaction.existsBy(ServiceTeam, { id });
  }

  baseExists(ctx: RequestContext, id: string): Promise<boolean> {
    return ctx.transaction.existsBy(Base, { id });
  }

  /** The ancestors (self included) of the village a base lies in; null when there is no such base. */
  async baseAncestors(ctx: RequestContext, baseId: string): Promise<string[] | null> {
    const [village] = (await ctx.transaction.query(
      `SELECT v.ancestor_ids FROM base b JOIN division v ON v.id = b.village_id WHERE b.id = $1`,
      [baseId],
    )) as { ancestor_ids: string[] }[];
    return village?.ancestor_ids ?? null;
  }

  async insert(ctx: RequestContext, row: ServiceActivityRow): Promise<ServiceActivity> {
    const manager = ctx.transaction;
    const saved = await manager.save(manager.create(ServiceActivity, row));
    return manager.findOneByOrFail(ServiceActivity, { id: saved.id });
  }

  async update(ctx: RequestContext, id: string, row: ServiceActivityRow): Promise<void> {
    await ctx.transaction.update(ServiceActivity, { id }, row);
  }

  async delete(ctx: RequestContext, id: string): Promise<void> {
    await ctx.transaction.delete(ServiceActivity, { id });
  }

  reread(ctx: RequestContext, id: string): Promise<ServiceActivity> {
    return ctx.transaction.findOneByOrFail(ServiceActivity, { id });
  }
}

/** Keeps the rows of `alias` dated inside the range; both ends are inclusive. */
function withinDates<T extends object>(query: SelectQueryBuilder<T>, alias: string, { from, to }: DateRange): SelectQueryBuilder<T> {
  if (from) query.andWhere(`${alias}.date >= :from`, { from });
  if (to) query.andWhere(`${alias}.date <= :to`, { to });
  return query;
}

/** The visits of `alias` whose base lies in the division `:scope`'s subtree. */
function atBaseWithin(alias: string): string {
  return `EXISTS (SELECT 1 FROM base scope_base JOIN division scope_village ON scope_village.id = scope_base.village_id
                   WHERE scope_base.id = ${alias}.base_id AND scope_village.ancestor_ids @> ARRAY[:scope]::bigint[])`;
}
