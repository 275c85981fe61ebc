import { ArgsType, Field } from '@nestjs/graphql';

import { IsText, PaginationArgs } from '@rural/core';

@ArgsType()
export class HandlingUnitsArgs extends PaginationArgs {
  @Field(() => String, { nullable: true, description: 'Only units whose name contains this text (any case).' })
  @IsText('搜索词', 100, { optional: true })
  search?: string | null;
}
