import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx, type RequestContext } from '@rural/core';
import { Member } from '@rural/members';

import { CreateServiceTeamInput } from './dto/create-service-team.input.js';
import { ServiceActivityList } from './dto/service-activity-list.js';
import { ServiceTeamList } from './dto/service-team-list.js';
import { ServiceTeamsArgs } from './dto/service-teams.args.js';
import { TeamActivitiesArgs } from './dto/team-activities.args.js';
import { UpdateServiceTeamInput } from './dto/update-service-team.input.js';
import { ServiceActivityService } from './service-activity.service.js';
import { ServiceTeam } from './service-team.entity.js';
import { ServiceTeamService } from './service-team.service.js';

@Resolver(() => ServiceTeam)
export class ServiceTeamResolver {
  constructor(
    private readonly service: ServiceTeamService,
    private readonly visits: ServiceActivityService,
  ) {}

  @Query(() => ServiceTeam, { nullable: true, description: '农业科技服务团 — one service team by id; null when there is none.' })
  serviceTeam(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The team.' }) id: string,
  ): Promise<ServiceTeam | null> {
    return this.service.findById(ctx, id);
  }

  @Query(() => ServiceTeamList, { description: '服务团列表 — service teams, optionally only those a member leads or serves on.' })
  serviceTeams(@Ctx() ctx: RequestContext, @Args() args: ServiceTeamsArgs): Promise<ServiceTeamList> {
    return this.service.list(ctx, args);
  }

  @Mutation(() => ServiceTeam, { description: '新建服务团 — forms a team under a leader, with its other members.' })
  createServiceTeam(@Ctx() ctx: RequestContext, @Args('input') input: CreateServiceTeamInput): Promise<ServiceTeam> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => ServiceTeam, { description: '修改服务团 — renames a team, changes its leader or replaces its members.' })
  updateServiceTeam(@Ctx() ctx: RequestContext, @Args('input') input: UpdateServiceTeamInput): Promise<ServiceTeam> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => ID, {
    description: '删除服务团 — removes a team and its member list; refused (CONFLICT) while it has service activities or outcome records.',
  })
  deleteServiceTeam(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The team.' }) id: string): Promise<string> {
    return this.service.delete(ctx, id);
  }

  @ResolveField(() => Member, { description: '团长 — the member who leads the team.' })
  leader(@Parent() team: ServiceTeam, @Ctx() ctx: RequestContext): Promise<Member | null> {
    return this.service.leaderOf(ctx, team);
  }

  @ResolveField(() => [Member], { description: '成员 — the other members serving on the team (the leader not among them).' })
  members(@Parent() team: ServiceTeam, @Ctx() ctx: RequestContext): Promise<Member[]> {
    return this.service.membersOf(ctx, team.id);
  }

  @ResolveField(() => [ID], { description: 'The ids of the members serving on the team (the leader not among them).' })
  memberIds(@Parent() team: ServiceTeam, @Ctx() ctx: RequestContext): Promise<string[]> {
    return this.service.memberIdsOf(ctx, team.id);
  }

  @ResolveField(() => ServiceActivityList, {
    description: "服务活动 — the team's visits to bases, newest first, optionally within a date range.",
  })
  activities(@Parent() team: ServiceTeam, @Args() args: TeamActivitiesArgs, @Ctx() ctx: RequestContext): Promise<ServiceActivityList> {
    return this.visits.pageOfTeam(ctx, team.id, args);
  }
}
