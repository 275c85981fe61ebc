import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx, type RequestContext } from '@rural/core';
import { Member } from '@rural/members';

import { ServiceTeam } from './service-team.entity.js';
import { ServiceTeamService } from './service-team.service.js';

/** What a member's page shows of service teams; here because members know nothing of teams. */
@Resolver(() => Member)
export class MemberTeamsResolver {
  constructor(private readonly service: ServiceTeamService) {}

  @ResolveField(() => [ServiceTeam], { description: '领办的服务团 — the service teams this member leads.' })
  ledTeams(@Parent() member: Member, @Ctx() ctx: RequestContext): Promise<ServiceTeam[]> {
    return this.service.ledBy(ctx, member.id);
  }
}
