import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { BasesModule } from '@rural/bases';
import { EnterprisesModule } from '@rural/enterprises';
import { GeographyModule } from '@rural/geography';
import { MembersModule } from '@rural/members';

import { BaseMatchesResolver } from './base-matches.resolver.js';
import { EnterpriseMatchesResolver } from './enterprise-matches.resolver.js';
import { MatchBroker } from './match-broker.entity.js';
import { Match } from './match.entity.js';
import { MatchLoaders } from './match.loaders.js';
import { MatchRepository } from './match.repository.js';
import { MatchResolver } from './match.resolver.js';
import { MatchService } from './match.service.js';
import { MemberMatchesResolver } from './member-matches.resolver.js';

@Module({
  imports: [TypeOrmModule.forFeature([Match, MatchBroker]), GeographyModule, EnterprisesModule, MembersModule, BasesModule],
  providers: [
    MatchRepository,
    MatchService,
    MatchLoaders,
    MatchResolver,
    MemberMatchesResolver,
    EnterpriseMatchesResolver,
    BaseMatchesResolver,
  ],
  exports: [MatchService, MatchLoaders],
})
export class MatchesModule {}
