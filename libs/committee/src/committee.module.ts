import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MembersModule } from '@rural/members';

import { CommitteeAccess } from './committee-access.js';
import { CommitteePost } from './committee-post.entity.js';
import { CommitteePostFieldsResolver, UserCommitteePostResolver, WhoAmICommitteePostResolver } from './committee-post.resolver.js';
import { CommitteePostService } from './committee-post.service.js';
import { HandlingUnit } from './handling-unit.entity.js';
import { HandlingUnitRepository } from './handling-unit.repository.js';
import { HandlingUnitResolver } from './handling-unit.resolver.js';
import { HandlingUnitService } from './handling-unit.service.js';

/** The committee's own work, common part: handling units, accounts' posts and who may do what. */
@Module({
  imports: [TypeOrmModule.forFeature([HandlingUnit, CommitteePost]), MembersModule],
  providers: [
    CommitteeAccess,
    HandlingUnitRepository,
    HandlingUnitService,
    HandlingUnitResolver,
    CommitteePostService,
    UserCommitteePostResolver,
    CommitteePostFieldsResolver,
    WhoAmICommitteePostResolver,
  ],
  exports: [CommitteeAccess, HandlingUnitService],
})
export class CommitteeModule {}
