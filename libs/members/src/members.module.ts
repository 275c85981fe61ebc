import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Member } from './member.entity.js';
import { MemberEnterprise } from './member-enterprise.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Member, MemberEnterprise])],
  providers: [],
  exports: [],
})
export class MembersModule {}
