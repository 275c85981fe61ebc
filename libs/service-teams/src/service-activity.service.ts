import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';

import { Base } from '@rural/bases';
import { assertValid, assertVersion, NotFoundError, type Page, type RequestLoaders } from '@rural/core';
import { assertWithinCallerScope, callerScope, inDivisionSubtree } from '@rural/geography';

import { RecordServiceActivityInput } from './dto/record-service-activity.input.js';
import type { ServiceActivitiesArgs } from './dto/service-activities.args.js';
import type { TeamActivitiesArgs } from './dto/team-activities.args.js';
import type { UpdateServiceActivityInput } from './dto/update-service-activity.input.js';
import { baseByIdLoader } from './related-rows.loaders.js';
import { ServiceActivity } from './service-activity.entity.js';
import { ServiceTeam } from './service-team.entity.js';

interface DateRange {
  from?: string;
  to?: string;
}

/** 服务活动: the visits of service teams to bases. */
@Injectable()
export class ServiceActivityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ServiceActivity) private readonly activities: Repository<ServiceActivity>,
  ) {}

  /** One visit, or null when there is none or its base lies outside `scope` (a caller's division). */
  findById(id: string, scope: string | null = null): Promise<ServiceActivity | null> {
    const query = this.activities.createQueryBuilder('activity').where('activity.id = :id', { id });
    if (scope) query.andWhere(atBaseWithin('activity'), { scope });
    return query.getOne();
  }

  async list({ filter, skip, take }: ServiceActivitiesArgs, scope: string | null = null): Promise<Page<ServiceActivity>> {
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

  /**
   * One page of a team's visits, newest first, for `ServiceTeam.activities`. Batched: every team
   * asked for with the same arguments in one request is answered by the same two queries.
   */
  /** A team's visits inside `scope` (a caller's division; null: all), batched per request. */
  async pageOfTeam(
    teamId: string,
    args: TeamActivitiesArgs,
    loaders: RequestLoaders,
    scope: string | null = null,
  ): Promise<Page<ServiceActivity>> {
    const { from, to, skip, take } = args;
    const loader = loaders.get<string, Page<ServiceActivity>>(
      `serviceActivity.pageOfTeam:${from ?? ''}:${to ?? ''}:${skip}:${take}:${scope ?? '*'}`,
      (teamIds) => this.pagesOfTeams(teamIds, args, scope),
    );
    return (await loader.load(teamId)) ?? { items: [], totalItems: 0 };
  }

  baseOf(activity: ServiceActivity, loaders: RequestLoaders): Promise<Base | null> {
    return baseByIdLoader(loaders, this.dataSource).load(activity.baseId);
  }

  record(input: RecordServiceActivityInput): Promise<ServiceActivity> {
    return this.dataSource.transaction(async (manager) => {
      await this.checkReferences(manager, input.teamId, input.baseId);
      const saved = await manager.save(
        manager.create(ServiceActivity, {
          teamId: input.teamId,
          baseId: input.baseId,
          date: input.date,
          topic: input.topic,
          farmersTrained: input.farmersTrained ?? 0,
          areaCoveredMu: input.areaCoveredMu ?? null,
        }),
      );
      return manager.findOneByOrFail(ServiceActivity, { id: saved.id });
    });
  }

  update(input: UpdateServiceActivityInput): Promise<ServiceActivity> {
    return this.dataSource.transaction(async (manager) => {
      const activity = await this.lockedOrFail(manager, input.id);
      assertVersion(activity, input.version, '服务活动');
      const { id, version: _version, ...changes } = input;
      const { teamId, baseId, date, topic, farmersTrained, areaCoveredMu } = activity;
      const merged = { teamId, baseId, date, topic, farmersTrained, areaCoveredMu, ...changes };
      await assertValid(RecordServiceActivityInput, merged);
      await this.checkReferences(manager, merged.teamId, merged.baseId);
      await manager.update(
        ServiceActivity,
        { id },
        {
          teamId: merged.teamId,
          baseId: merged.baseId,
          date: merged.date,
          topic: merged.topic,
          farmersTrained: merged.farmersTrained,
          areaCoveredMu: merged.areaCoveredMu ?? null,
        },
      );
      return manager.findOneByOrFail(ServiceActivity, { id });
    });
  }

  delete(id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockedOrFail(manager, id);
      await manager.delete(ServiceActivity, { id });
      return id;
    });
  }

  private async pagesOfTeams(
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

  private async lockedOrFail(manager: EntityManager, id: string): Promise<ServiceActivity> {
    const activity = await manager.findOne(ServiceActivity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!activity) throw new NotFoundError('服务活动', id, 'id');
    await assertBaseWithinCallerScope(manager, activity.baseId);
    return activity;
  }

  private async checkReferences(manager: EntityManager, teamId: string, baseId: string): Promise<void> {
    if (!(await manager.existsBy(ServiceTeam, { id: teamId }))) throw new NotFoundError('服务团', teamId, 'teamId');
    if (!(await manager.existsBy(Base, { id: baseId }))) throw new NotFoundError('基地', baseId, 'baseId');
    await assertBaseWithinCallerScope(manager, baseId);
  }
}

/** Keeps the rows of `alias` dated inside the range; both ends are inclusive. */
function withinDates<T extends object>(query: SelectQueryBuilder<T>, alias: string, { from, to }: DateRange): SelectQueryBuilder<T> {
  if (from) query.andWhere(`${alias}.date >= :from`, { from });
  if (to) query.andWhere(`${alias}.date <= :to`, { to });
  return query;
}

/** A visit is placed where its base is: a scoped caller records visits only inside their division. */
async function assertBaseWithinCallerScope(manager: EntityManager, baseId: string): Promise<void> {
  if (!callerScope()) return;
  const [village] = (await manager.query(`SELECT v.ancestor_ids FROM base b JOIN division v ON v.id = b.village_id WHERE b.id = $1`, [
    baseId,
  ])) as {
    ancestor_ids: string[];
  }[];
  // A missing base is reported by the existence checks.
  if (village) assertWithinCallerScope(village.ancestor_ids, `基地（编号 ${baseId}）`);
}

/** The visits of `alias` whose base lies in the division `:scope`'s subtree. */
function atBaseWithin(alias: string): string {
  return `EXISTS (SELECT 1 FROM base scope_base JOIN division scope_village ON scope_village.id = scope_base.village_id
                   WHERE scope_base.id = ${alias}.base_id AND scope_village.ancestor_ids @> ARRAY[:scope]::bigint[])`;
}
