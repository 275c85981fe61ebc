import { Global, Injectable, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { RESEARCH_VISITS, type ResearchVisits, type ResearchVisitsFilter } from '@rural/committee';
import type { RequestContext } from '@rural/core';

import { DutyEvent } from './duty-event.entity.js';
import { DutyEventRepository } from './duty-event.repository.js';
import { DutyParticipant } from './duty-participant.entity.js';

/** The research visits the suggestions' sentence names, counted from duty events in the caller's scope. */
@Injectable()
export class DutyResearchVisits implements ResearchVisits {
  constructor(private readonly events: DutyEventRepository) {}

  count(ctx: RequestContext, filter: ResearchVisitsFilter): Promise<number> {
    return this.events.countResearchVisits(filter, ctx.scope);
  }
}

/** Provides RESEARCH_VISITS globally: the suggestions lib, left of this one, cannot import it. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([DutyEvent, DutyParticipant])],
  providers: [DutyEventRepository, DutyResearchVisits, { provide: RESEARCH_VISITS, useExisting: DutyResearchVisits }],
  exports: [RESEARCH_VISITS],
})
export class ResearchVisitsModule {}
