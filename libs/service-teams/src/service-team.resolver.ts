import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import type { RequestContext } from '@rural/core';
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
  serviceTeam(@Args('id', { type: () => ID, description: 'The team.' }) id: string): Promise<ServiceTeam | null> {
    return this.service.findById(id);
  }

  @Query(() => ServiceTeamList, { description: '服务团列表 — service teams, optionally only those a member leads or serves on.' })
  serviceTeams(@Args() args: ServiceTeamsArgs): Promise<ServiceTeamList> {
    return this.service.list(args);
  }

  @Mutation(() => ServiceTeam, { description: '新建服务团 — forms a team under a leader, with its other members.' })
  createServiceTeam(@Args('input') input: CreateServiceTeamInput): Promise<ServiceTeam> {
    return this.service.create(input);
  }

  @Mutation(() => ServiceTeam, { description: '修改服务团 — renames a team, changes its leader or replaces its members.' })
  updateServiceTeam(@Args('input') input: UpdateServiceTeamInput): Promise<ServiceTeam> {
    return this.service.update(input);
  }

  @Mutation(() => ID, {
    description: '删除服务团 — removes a team and its member list; refused (CONFLICT) while it has service activities or outcome records.',
  })
  deleteServiceTeam(@Args('id', { type: () => ID, description: 'The team.' }) id: string): Promise<string> {
    return this.service.delete(id);
  }

  @ResolveField(() => Member, { description: '团长 — the member who leads the team.' })
  leader(@Parent() team: ServiceTeam, @Context() { loaders }: RequestContext): Promise<Member | null> {
    return this.service.leaderOf(team, loaders);
  }

  @ResolveField(() => [Member], { description: '成员 — the other members serving on the team (the leader not among them).' })
  members(@Parent() team: ServiceTeam, @Context() { loaders }: RequestContext): Promise<Member[]> {
    return this.service.membersOf(team.id, loaders);
  }

  @ResolveField(() => [ID], { description: 'The ids of the members serving on the team (the leader not among them).' })
  memberIds(@Parent() team: ServiceTeam, @Context() { loaders }: RequestContext): Promise<string[]> {
    return this.service.memberIdsOf(team.id, loaders);
  }

  @ResolveField(() => ServiceActivityList, {
    description: "服务活动 — the team's visits to bases, newest first, optionally within a date range.",
  })
  activities(
    @Parent() team: ServiceTeam,
    @Args() args: TeamActivitiesArgs,
    @Context() { loaders, user }: RequestContext,
  ): Promise<ServiceActivityList> {
    return this.visits.pageOfTeam(team.id, args, loaders, user?.divisionId ?? null);
  }
}
