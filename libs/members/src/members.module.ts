import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { EnterprisesModule } from '@rural/enterprises';

import { EnterpriseMembersResolver } from './enterprise-members.resolver.js';
import { MemberEnterprise } from './member-enterprise.entity.js';
import { Member } from './member.entity.js';
import { MemberRepository } from './member.repository.js';
import { MemberResolver } from './member.resolver.js';
import { MemberService } from './member.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Member, MemberEnterprise]), EnterprisesModule],
  providers: [MemberRepository, MemberService, MemberResolver, EnterpriseMembersResolver],
  exports: [MemberService],
})
export class MembersModule {}
