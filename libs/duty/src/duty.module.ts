import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CommitteeModule } from '@rural/committee';
import { MembersModule } from '@rural/members';
import { ReportingModule } from '@rural/reporting';
import { SuggestionsModule } from '@rural/suggestions';

import { DutyEvent } from './duty-event.entity.js';
import { DutyEventRepository } from './duty-event.repository.js';
import { DutyEventResolver, DutyParticipantResolver } from './duty-event.resolver.js';
import { DutyEventService } from './duty-event.service.js';
import { DutyFactsRepository } from './duty-facts.repository.js';
import { DutyParticipant } from './duty-participant.entity.js';
import { DutyRuleSet } from './duty-rule-set.entity.js';
import { DutyRuleSetRepository } from './duty-rule-set.repository.js';
import { DutyRuleSetResolver } from './duty-rule-set.resolver.js';
import { DutyRuleSetService } from './duty-rule-set.service.js';
import { DutyScoreResolver } from './duty-score.resolver.js';
import { DutyScoreService } from './duty-score.service.js';
import { ResearchVisitsModule } from './research-visits.provider.js';

/** Members' duty (履职): events and attendance, yearly points rules as data, scores, ranking and each member's file. */
@Module({
  imports: [
    TypeOrmModule.forFeature([DutyEvent, DutyParticipant, DutyRuleSet]),
    CommitteeModule,
    MembersModule,
    ReportingModule,
    SuggestionsModule,
    ResearchVisitsModule,
  ],
  providers: [
    DutyEventRepository,
    DutyEventService,
    DutyEventResolver,
    DutyParticipantResolver,
    DutyRuleSetRepository,
    DutyRuleSetService,
    DutyRuleSetResolver,
    DutyFactsRepository,
    DutyScoreService,
    DutyScoreResolver,
  ],
  exports: [DutyEventService, DutyScoreService, DutyRuleSetService],
})
export class DutyModule {}
