import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Base } from './base.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Base])],
  providers: [],
  exports: [],
})
export class BasesModule {}
