import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CommitteeModule, SUGGESTION_CREDITS } from '@rural/committee';
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
import { SuggestionCreditsRepository } from './suggestion-credits.repository.js';

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
  ],
  providers: [SuggestionCreditsRepository, { provide: SUGGESTION_CREDITS, useExisting: SuggestionCreditsRepository }],
  exports: [SUGGESTION_CREDITS],
})
export class SuggestionsModule {}
