import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { GeographyModule } from '@rural/geography';

import { OutcomeApprovalResolver } from './outcome-approval.resolver.js';
import { OutcomeApprovalService } from './outcome-approval.service.js';
import { OutcomeRecord } from './outcome-record.entity.js';
import { OutcomeRecordLoaders } from './outcome-record.loaders.js';
import { OutcomeRecordResolver } from './outcome-record.resolver.js';
import { OutcomeRecordService } from './outcome-record.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([OutcomeRecord]), GeographyModule],
  providers: [OutcomeRecordService, OutcomeRecordLoaders, OutcomeRecordResolver, OutcomeApprovalService, OutcomeApprovalResolver],
  exports: [OutcomeRecordService],
})
export class OutcomesModule {}
