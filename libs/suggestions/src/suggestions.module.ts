import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { BasesModule } from '@rural/bases';
import { CommitteeModule, SUGGESTION_CREDITS } from '@rural/committee';
import { GeographyModule } from '@rural/geography';
import { MatchesModule } from '@rural/matches';
import { MembersModule } from '@rural/members';

import { SuggestionAssignment } from './entities/suggestion-assignment.entity.js';
import { SuggestionAuthor } from './entities/suggestion-author.entity.js';
import { SuggestionBase } from './entities/suggestion-base.entity.js';
import { SuggestionDivision } from './entities/suggestion-division.entity.js';
import { SuggestionInstruction } from './entities/suggestion-instruction.entity.js';
import { SuggestionMatch } from './entities/suggestion-match.entity.js';
import { SuggestionOpinion } from './entities/suggestion-opinion.entity.js';
import { SuggestionReply } from './entities/suggestion-reply.entity.js';
import { SuggestionSettings } from './entities/suggestion-settings.entity.js';
import { SuggestionStep } from './entities/suggestion-step.entity.js';
import { SuggestionSupervisionNote } from './entities/suggestion-supervision-note.entity.js';
import { Suggestion } from './entities/suggestion.entity.js';
import { MemberSuggestionsResolver } from './member-suggestions.resolver.js';
import { SuggestionAccess } from './suggestion-access.js';
import { SuggestionAuthoringService } from './suggestion-authoring.service.js';
import { SuggestionBoardRepository } from './suggestion-board.repository.js';
import { SuggestionBoardItemResolver, SuggestionBoardResolver, SuggestionUnitRateResolver } from './suggestion-board.resolver.js';
import { SuggestionBoardService } from './suggestion-board.service.js';
import { SuggestionCreditsRepository } from './suggestion-credits.repository.js';
import { SuggestionDeadlines } from './suggestion-deadlines.js';
import {
  SuggestionAssignmentFieldsResolver,
  SuggestionFieldsResolver,
  SuggestionOpinionFieldsResolver,
  SuggestionReplyFieldsResolver,
} from './suggestion-fields.resolver.js';
import { SuggestionHandlingResolver } from './suggestion-handling.resolver.js';
import { SuggestionOfficeService } from './suggestion-office.service.js';
import { SuggestionReadsService } from './suggestion-reads.service.js';
import { SuggestionSettingsRepository } from './suggestion-settings.repository.js';
import { SuggestionSettingsService } from './suggestion-settings.service.js';
import { SuggestionUnitsService } from './suggestion-units.service.js';
import { SuggestionRepository } from './suggestion.repository.js';
import { SuggestionResolver } from './suggestion.resolver.js';

/**
 * Suggestions (建言) followed to the end (督办): their life, lights, board and figures. Provides
 * the committee lib's SUGGESTION_CREDITS port, which members' duty points read.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Suggestion,
      SuggestionAuthor,
      SuggestionDivision,
      SuggestionBase,
      SuggestionMatch,
      SuggestionAssignment,
      SuggestionOpinion,
      SuggestionReply,
      SuggestionInstruction,
      SuggestionSupervisionNote,
      SuggestionStep,
      SuggestionSettings,
    ]),
    CommitteeModule,
    MembersModule,
    GeographyModule,
    BasesModule,
    MatchesModule,
  ],
  providers: [
    SuggestionRepository,
    SuggestionSettingsRepository,
    SuggestionBoardRepository,
    SuggestionAccess,
    SuggestionDeadlines,
    SuggestionReadsService,
    SuggestionAuthoringService,
    SuggestionOfficeService,
    SuggestionUnitsService,
    SuggestionSettingsService,
    SuggestionBoardService,
    SuggestionResolver,
    SuggestionHandlingResolver,
    SuggestionFieldsResolver,
    SuggestionAssignmentFieldsResolver,
    SuggestionOpinionFieldsResolver,
    SuggestionReplyFieldsResolver,
    SuggestionBoardResolver,
    SuggestionBoardItemResolver,
    SuggestionUnitRateResolver,
    MemberSuggestionsResolver,
    SuggestionCreditsRepository,
    { provide: SUGGESTION_CREDITS, useExisting: SuggestionCreditsRepository },
  ],
  // The board service for the spreadsheets' board workbook (the same figures as suggestionBoard).
  exports: [SUGGESTION_CREDITS, SuggestionBoardService],
})
export class SuggestionsModule {}
