import { Module } from '@nestjs/common';

import {
  BaseImpactResolver,
  DivisionImpactResolver,
  EnterpriseImpactResolver,
  MatchImpactResolver,
  MemberImpactResolver,
  ServiceTeamImpactResolver,
} from './impact-fields.resolvers.js';
import { ImpactSummaryResolver } from './impact-summary.resolver.js';
import { ImpactService } from './impact.service.js';
import { reportSummariesProvider } from './report-summaries.js';
import { ImpactRepository } from './sql/impact.repository.js';
import { summaryFoldSecondsProvider, SummaryHousekeeping } from './summary-housekeeping.js';
import { MatchSummaryTextResolver, ServiceTeamSummaryTextResolver } from './summary-text.resolvers.js';
import { SummaryTextService } from './summary-text.service.js';

/** Impact reports: aggregate SQL only, no entities of its own. */
@Module({
  providers: [
    reportSummariesProvider,
    summaryFoldSecondsProvider,
    SummaryHousekeeping,
    ImpactRepository,
    ImpactService,
    SummaryTextService,
    ImpactSummaryResolver,
    MatchImpactResolver,
    ServiceTeamImpactResolver,
    DivisionImpactResolver,
    BaseImpactResolver,
    EnterpriseImpactResolver,
    MemberImpactResolver,
    MatchSummaryTextResolver,
    ServiceTeamSummaryTextResolver,
  ],
  exports: [ImpactService, SummaryTextService],
})
export class ReportingModule {}
