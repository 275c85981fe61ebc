import { ObjectType } from '@nestjs/graphql';

import { Paginated } from '@rural/core';

import { Suggestion } from '../entities/suggestion.entity.js';

@ObjectType({ description: 'A page of suggestions.' })
export class SuggestionList extends Paginated(Suggestion, 'suggestions') {}
