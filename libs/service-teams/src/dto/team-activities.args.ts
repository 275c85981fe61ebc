import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';

import { DateScalar, PaginationArgs } from '@rural/core';

import { IsNotBefore } from './date-range.js';

/** Arguments of `ServiceTeam.activities`: a date range and a page. */
@ArgsType()
export class TeamActivitiesArgs extends PaginationArgs {
  @Field(() => DateScalar, { nullable: true, description: 'Only the visits on or after this day.' })
  @IsOptional()
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Only the visits on or before this day.' })
  @IsOptional()
  @IsNotBefore('from', '结束日期不能早于开始日期')
  to?: string;
}
