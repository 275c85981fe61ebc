import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';

import { DateScalar, IsEntityId } from '@rural/core';

import { IsNotBefore } from './date-range.js';

@InputType({ description: 'Which service activities to list; every condition given must hold.' })
export class ServiceActivityFilter {
  @Field(() => ID, { nullable: true, description: 'Only the visits of this service team (服务团).' })
  @IsEntityId('服务团', { optional: true })
  teamId?: string;

  @Field(() => ID, { nullable: true, description: 'Only the visits to this base (基地).' })
  @IsEntityId('基地', { optional: true })
  baseId?: string;

  @Field(() => ID, { nullable: true, description: 'Only the visits to bases in this division (行政区划) or below it.' })
  @IsEntityId('区划', { optional: true })
  divisionId?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Only the visits on or after this day.' })
  @IsOptional()
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Only the visits on or before this day.' })
  @IsOptional()
  @IsNotBefore('from', '结束日期不能早于开始日期')
  to?: string;
}
