import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { BasesModule } from '@rural/bases';
import { MembersModule } from '@rural/members';

import { MemberTeamsResolver } from './member-teams.resolver.js';
import { ServiceActivity } from './service-activity.entity.js';
import { ServiceActivityRepository } from './service-activity.repository.js';
import { ServiceActivityResolver } from './service-activity.resolver.js';
import { ServiceActivityService } from './service-activity.service.js';
import { ServiceTeamMember } from './service-team-member.entity.js';
import { ServiceTeam } from './service-team.entity.js';
import { ServiceTeamRepository } from './service-team.repository.js';
import { ServiceTeamResolver } from './service-team.resolver.js';
import { ServiceTeamService } from './service-team.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ServiceTeam, ServiceTeamMember, ServiceActivity]), MembersModule, BasesModule],
  providers: [
    ServiceTeamRepository,
    ServiceActivityRepository,
    ServiceTeamService,
    ServiceActivityService,
    ServiceTeamResolver,
    ServiceActivityResolver,
    MemberTeamsResolver,
  ],
  exports: [ServiceTeamService, ServiceActivityService],
})
export class ServiceTeamsModule {}
