import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Match } from './match.entity.js';
import { MatchBroker } from './match-broker.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Match, MatchBroker])],
  providers: [],
  exports: [],
})
export class MatchesModule {}
