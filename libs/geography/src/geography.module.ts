import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { Division } from './division.entity.js';
import { DivisionRepository } from './division.repository.js';
import { DivisionResolver } from './division.resolver.js';
import { DivisionService } from './division.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Division])],
  providers: [DivisionRepository, DivisionService, DivisionResolver],
  exports: [DivisionService],
})
export class GeographyModule {}
