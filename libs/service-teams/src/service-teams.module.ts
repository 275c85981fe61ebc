import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MemberTeamsResolver } from './member-teams.resolver.js';
import { ServiceActivity } from './service-activity.entity.js';
import { ServiceActivityResolver } from './service-activity.resolver.js';
import { ServiceActivityService } from './service-activity.service.js';
import { ServiceTeamMember } from './service-team-member.entity.js';
import { ServiceTeam } from './service-team.entity.js';
import { ServiceTeamResolver } from './service-team.resolver.js';
import { ServiceTeamService } from './service-team.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ServiceTeam, ServiceTeamMember, ServiceActivity])],
  providers: [ServiceTeamService, ServiceActivityService, ServiceTeamResolver, ServiceActivityResolver, MemberTeamsResolver],
  exports: [ServiceTeamService, ServiceActivityService],
})
export class ServiceTeamsModule {}
