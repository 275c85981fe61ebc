import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Enterprise } from './enterprise.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Enterprise])],
  providers: [],
  exports: [],
})
export class EnterprisesModule {}
