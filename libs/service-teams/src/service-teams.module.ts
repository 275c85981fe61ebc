import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServiceTeam } from './service-team.entity.js';
import { ServiceTeamMember } from './service-team-member.entity.js';
import { ServiceActivity } from './service-activity.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([ServiceTeam, ServiceTeamMember, ServiceActivity])],
  providers: [],
  exports: [],
})
export class ServiceTeamsModule {}
