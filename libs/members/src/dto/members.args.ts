import { ArgsType, Field } from '@nestjs/graphql';

import { IsText, PaginationArgs } from '@rural/core';

@ArgsType()
export class MembersArgs extends PaginationArgs {
  @Field(() => String, { nullable: true, description: 'Only members whose name contains this text.' })
  @IsText('搜索词', 50, { optional: true })
  search?: string | null;
}
