import { Injectable } from '@nestjs/common';

import { BaseService, type PlacedBase } from '@rural/bases';
import { assertValid, NotFoundError, type Page, type RequestContext } from '@rural/core';
import { Transactions, updateVersioned } from '@rural/database';
import { assertWithinScope } from '@rural/geography';

import { RecordServiceActivityInput } from './dto/record-service-activity.input.js';
import type { ServiceActivitiesArgs } from './dto/service-activities.args.js';
import type { TeamActivitiesArgs } from './dto/team-activities.args.js';
import type { UpdateServiceActivityInput } from './dto/update-service-activity.input.js';
import { ServiceActivity } from './service-activity.entity.js';
import { ServiceActivityRepository, type ServiceActivityRow } from './service-activity.repository.js';

/** 服务活动: the visits of service teams to bases. */
@Injectable()
export class ServiceActivityService {
  constructor(
    private readonly transactions: Transactions,
    private readonly activities: ServiceActivityRepository,
    private readonly bases: BaseService,
  ) {}

  /** One visit, or null when there is none or its base lies outside the caller's division. */
  findById(ctx: RequestContext, id: string): Promise<ServiceActivity | null> {
    return this.activities.findById(id, ctx.scope);
  }

  list(ctx: RequestContext, args: ServiceActivitiesArgs): Promise<Page<ServiceActivity>> {
    return this.activities.page(args, ctx.scope);
  }

  /**
   * One page of a team's visits inside the caller's division, newest first, for
   * `ServiceTeam.activities`. Batched: every team asked for with the same arguments in one
   * request is answered by the same two queries.
   */
  async pageOfTeam(ctx: RequestContext, teamId: string, args: TeamActivitiesArgs): Promise<Page<ServiceActivity>> {
    const { from, to, skip, take } = args;
    const loader = ctx.loaders.get<string, Page<ServiceActivity>>(
      `serviceActivity.pageOfTeam:${from ?? ''}:${to ?? ''}:${skip}:${take}`,
      (teamIds) => this.activities.pagesOfTeams(teamIds, args, ctx.scope),
    );
    return (await loader.load(teamId)) ?? { items: [], totalItems: 0 };
  }

  baseOf(ctx: RequestContext, activity: ServiceActivity): Promise<PlacedBase | null> {
    return this.bases.byIdLoader(ctx).load(activity.baseId);
  }

  record(ctx: RequestContext, input: RecordServiceActivityInput): Promise<ServiceActivity> {
    return this.transactions.run(ctx, async (tx) => {
      await this.checkReferences(tx, input.teamId, input.baseId);
      return this.activities.insert(tx, toRow(input));
    });
  }

  update(ctx: RequestContext, input: UpdateServiceActivityInput): Promise<ServiceActivity> {
    return updateVersioned(this.transactions, ctx, input, {
      noun: '服务活动',
      lock: (tx, id) => this.lockedOrFail(tx, id),
      merge: (activity, changes) => assertValid(RecordServiceActivityInput, { ...toRow(activity), ...changes }),
      write: async (tx, id, valid) => {
        await this.checkReferences(tx, valid.teamId, valid.baseId);
        await this.activities.update(tx, id, toRow(valid));
      },
      reread: (tx, id) => this.activities.reread(tx, id),
    });
  }

  delete(ctx: RequestContext, id: string): Promise<string> {
    return this.transactions.run(ctx, async (tx) => {
      await this.lockedOrFail(tx, id);
      await this.activities.delete(tx, id);
      return id;
    });
  }

  private async lockedOrFail(ctx: RequestContext, id: string): Promise<ServiceActivity> {
    const activity = await this.activities.lock(ctx, id);
    if (!activity) throw new NotFoundError('服务活动', id, 'id');
    await this.assertBaseWithinScope(ctx, activity.baseId);
    return activity;
  }

  private async checkReferences(ctx: RequestContext, teamId: string, baseId: string): Promise<void> {
    if (!(await this.activities.teamExists(ctx, teamId))) throw new NotFoundError('服务团', teamId, 'teamId');
    if (!(await this.activities.baseExists(ctx, baseId))) throw new NotFoundError('基地', baseId, 'baseId');
    await this.assertBaseWithinScope(ctx, baseId);
  }

  /** A visit is placed where its base is: a scoped caller records visits only inside their division. */
  private async assertBaseWithinScope(ctx: RequestContext, baseId: string): Promise<void> {
    if (!ctx.scope) return;
    const ancestors = await this.activities.baseAncestors(ctx, baseId);
    // A missing base is reported by the existence checks.
    if (ancestors) assertWithinScope(ctx, ancestors, `基地（编号 ${baseId}）`);
  }
}

function toRow(input: RecordServiceActivityInput | ServiceActivity): ServiceActivityRow {
  return {
    teamId: input.teamId,
    baseId: input.baseId,
    date: input.date,
    topic: input.topic,
    farmersTrained: input.farmersTrained ?? 0,
    areaCoveredMu: input.areaCoveredMu ?? null,
  };
}
