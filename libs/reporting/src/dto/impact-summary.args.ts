import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';

import { ImpactFilter } from '@rural/outcomes';

import { ImpactGrouping } from '../impact-grouping.js';
import { ImpactRanking } from './impact-ranking.js';

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

  @Field(() => Int, {
    nullable: true,
    description:
      '前 N 组 — keep only the N groups with the largest `topBy` (ties by key), ranked on the server: a province by enterprise ' +
      'has thousands of groups. The totals are unchanged; groupCount says how many groups there were.',
  })
  @IsOptional()
  @IsInt({ message: '前 N 组须为 1–1000 的整数' })
  @Min(1, { message: '前 N 组须为 1–1000 的整数' })
  @Max(1000, { message: '前 N 组须为 1–1000 的整数' })
  top?: number;

  @Field(() => ImpactRanking, {
    nullable: true,
    description: '排名依据 — the figure `top` ranks by; 产值 (OUTPUT_VALUE_YUAN) when left out.',
  })
  @IsOptional()
  @IsEnum(ImpactRanking, { message: '排名依据不正确' })
  topBy?: ImpactRanking;
}
