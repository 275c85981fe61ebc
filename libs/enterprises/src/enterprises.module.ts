import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { Enterprise } from './enterprise.entity.js';
import { EnterpriseRepository } from './enterprise.repository.js';
import { EnterpriseResolver } from './enterprise.resolver.js';
import { EnterpriseService } from './enterprise.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Enterprise])],
  providers: [EnterpriseRepository, EnterpriseService, EnterpriseResolver],
  exports: [EnterpriseService],
})
export class EnterprisesModule {}
