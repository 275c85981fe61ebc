import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { PaginationArgs } from '@rural/core';

import { MatchFilter } from './match-filter.input.js';

@ArgsType()
export class MatchesArgs extends PaginationArgs {
  @Field(() => MatchFilter, { nullable: true, description: 'Which matches to list; all when left out.' })
  @IsOptional()
  @ValidateNested()
  // Without the type, class-validator would see a plain object and skip the filter's own rules.
  @Type(() => MatchFilter)
  filter?: MatchFilter | null;
}
