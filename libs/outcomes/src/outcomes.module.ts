import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { BasesModule } from '@rural/bases';
import { GeographyModule } from '@rural/geography';
import { MatchesModule } from '@rural/matches';
import { ServiceTeamsModule } from '@rural/service-teams';

import { OutcomeApprovalResolver } from './outcome-approval.resolver.js';
import { OutcomeApprovalService } from './outcome-approval.service.js';
import { OutcomeRecordBulk } from './outcome-record.bulk.js';
import { OutcomeRecord } from './outcome-record.entity.js';
import { OutcomeRecordRepository } from './outcome-record.repository.js';
import { OutcomeRecordResolver } from './outcome-record.resolver.js';
import { OutcomeRecordService } from './outcome-record.service.js';
import { OutcomeWriterResolver } from './outcome-writer.resolver.js';

@Module({
  imports: [TypeOrmModule.forFeature([OutcomeRecord]), GeographyModule, BasesModule, MatchesModule, ServiceTeamsModule],
  providers: [
    OutcomeRecordRepository,
    OutcomeRecordBulk,
    OutcomeRecordService,
    OutcomeRecordResolver,
    OutcomeApprovalService,
    OutcomeApprovalResolver,
    OutcomeWriterResolver,
  ],
  exports: [OutcomeRecordService, OutcomeRecordBulk],
})
export class OutcomesModule {}
