import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { EnterprisesModule } from '@rural/enterprises';
import { GeographyModule } from '@rural/geography';

import { Base } from './base.entity.js';
import { BaseRepository } from './base.repository.js';
import { BaseResolver } from './base.resolver.js';
import { BaseService } from './base.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Base]), GeographyModule, EnterprisesModule],
  providers: [BaseRepository, BaseService, BaseResolver],
  exports: [BaseService],
})
export class BasesModule {}
