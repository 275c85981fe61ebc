import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutcomeRecord } from './outcome-record.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([OutcomeRecord])],
  providers: [],
  exports: [],
})
export class OutcomesModule {}
