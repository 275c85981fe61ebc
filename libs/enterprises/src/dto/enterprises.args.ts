import { ArgsType, Field } from '@nestjs/graphql';

import { IsText, PaginationArgs } from '@rural/core';

@ArgsType()
export class EnterprisesArgs extends PaginationArgs {
  @Field(() => String, { nullable: true, description: 'Only enterprises whose name contains this text (any case).' })
  @IsText('搜索词', 100, { optional: true })
  search?: string | null;

  @Field(() => String, { nullable: true, description: '行业 — only enterprises of exactly this line of business.' })
  @IsText('行业', 100, { optional: true })
  industry?: string | null;
}
