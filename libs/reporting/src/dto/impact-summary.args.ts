import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';

import { ImpactFilter } from '@rural/outcomes';

import { ImpactGrouping } from '../impact-grouping.js';

@ArgsType()
export class ImpactSummaryArgs {
  @Field(() => ImpactFilter, { nullable: true, description: '筛选 — which records to count; everything when left out.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ImpactFilter)
  filter?: ImpactFilter;

  @Field(() => ImpactGrouping, { nullable: true, description: '分组 — how to break the totals down; no groups when left out.' })
  @IsOptional()
  @IsEnum(ImpactGrouping, { message: '分组方式不正确' })
  groupBy?: ImpactGrouping;
}
