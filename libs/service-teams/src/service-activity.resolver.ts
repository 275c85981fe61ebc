import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Base } from '@rural/bases';
import { Ctx, type RequestContext } from '@rural/core';

import { RecordServiceActivityInput } from './dto/record-service-activity.input.js';
import { ServiceActivitiesArgs } from './dto/service-activities.args.js';
import { ServiceActivityList } from './dto/service-activity-list.js';
import { UpdateServiceActivityInput } from './dto/update-service-activity.input.js';
import { ServiceActivity } from './service-activity.entity.js';
import { ServiceActivityService } from './service-activity.service.js';
import { ServiceTeam } from './service-team.entity.js';
import { ServiceTeamService } from './service-team.service.js';

@Resolver(() => ServiceActivity)
export class ServiceActivityResolver {
  constructor(
    private readonly service: ServiceActivityService,
    private readonly teams: ServiceTeamService,
  ) {}

  @Query(() => ServiceActivity, { nullable: true, description: '服务活动 — one visit by id; null when there is none.' })
  serviceActivity(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The activity.' }) id: string,
  ): Promise<ServiceActivity | null> {
    return this.service.findById(ctx, id);
  }

  @Query(() => ServiceActivityList, { description: '服务活动列表 — visits by team, base, division or date range, ordered by id.' })
  serviceActivities(@Ctx() ctx: RequestContext, @Args() args: ServiceActivitiesArgs): Promise<ServiceActivityList> {
    return this.service.list(ctx, args);
  }

  @Mutation(() => ServiceActivity, { description: '登记服务活动 — records one visit of a service team to a base.' })
  recordServiceActivity(@Ctx() ctx: RequestContext, @Args('input') input: RecordServiceActivityInput): Promise<ServiceActivity> {
    return this.service.record(ctx, input);
  }

  @Mutation(() => ServiceActivity, { description: '修改服务活动 — corrects a recorded visit.' })
  updateServiceActivity(@Ctx() ctx: RequestContext, @Args('input') input: UpdateServiceActivityInput): Promise<ServiceActivity> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => ID, { description: '删除服务活动 — removes a recorded visit.' })
  deleteServiceActivity(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The activity.' }) id: string,
  ): Promise<string> {
    return this.service.delete(ctx, id);
  }

  @ResolveField(() => ServiceTeam, { description: '服务团 — the team that made the visit.' })
  team(@Parent() activity: ServiceActivity, @Ctx() ctx: RequestContext): Promise<ServiceTeam | null> {
    return this.teams.byIdLoader(ctx).load(activity.teamId);
  }

  @ResolveField(() => Base, { description: '基地 — the base visited.' })
  base(@Parent() activity: ServiceActivity, @Ctx() ctx: RequestContext): Promise<Base | null> {
    return this.service.baseOf(ctx, activity);
  }
}
