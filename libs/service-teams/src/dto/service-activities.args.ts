import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { PaginationArgs } from '@rural/core';

import { ServiceActivityFilter } from './service-activity-filter.input.js';

@ArgsType()
export class ServiceActivitiesArgs extends PaginationArgs {
  @Field(() => ServiceActivityFilter, { nullable: true, description: 'Which activities; all of them when left out.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceActivityFilter)
  filter?: ServiceActivityFilter;
}
