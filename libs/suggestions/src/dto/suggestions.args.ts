import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { PaginationArgs } from '@rural/core';

import { SuggestionFilter } from './suggestion-filter.input.js';

@ArgsType()
export class SuggestionsArgs extends PaginationArgs {
  @Field(() => SuggestionFilter, { nullable: true, description: 'Which suggestions to list; all the caller sees when left out.' })
  @IsOptional()
  @ValidateNested()
  // Without the type, class-validator would see a plain object and skip the filter's own rules.
  @Type(() => SuggestionFilter)
  filter?: SuggestionFilter | null;
}
