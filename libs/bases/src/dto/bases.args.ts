import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { PaginationArgs } from '@rural/core';

import { BaseFilter } from './base-filter.input.js';

@ArgsType()
export class BasesArgs extends PaginationArgs {
  @Field(() => BaseFilter, { nullable: true, description: 'Which bases to list; all when left out.' })
  @IsOptional()
  @ValidateNested()
  // Without the type, class-validator would see a plain object and skip the filter's own rules.
  @Type(() => BaseFilter)
  filter?: BaseFilter | null;
}
