import { Field, ID, InputType } from '@nestjs/graphql';

import { IsEntityId, IsText } from '@rural/core';

@InputType({ description: 'Which bases to list; the conditions given must all hold.' })
export class BaseFilter {
  @Field(() => ID, { nullable: true, description: '区划 — only bases whose village lies in this division (itself or anywhere below it).' })
  @IsEntityId('区划', { optional: true })
  divisionId?: string | null;

  @Field(() => ID, { nullable: true, description: '经营企业 — only bases operated by this enterprise.' })
  @IsEntityId('经营企业', { optional: true })
  enterpriseId?: string | null;

  @Field(() => String, { nullable: true, description: '产业 — only bases of exactly this industry, e.g. 葡萄.' })
  @IsText('产业', 100, { optional: true })
  industry?: string | null;

  @Field(() => String, { nullable: true, description: 'Only bases whose name contains this text (any case).' })
  @IsText('搜索词', 100, { optional: true })
  search?: string | null;
}
