import { ArgsType, Field, ID } from '@nestjs/graphql';

import { IsEntityId, PaginationArgs } from '@rural/core';

@ArgsType()
export class ServiceTeamsArgs extends PaginationArgs {
  @Field(() => ID, { nullable: true, description: 'Only the teams this member (委员) leads or serves on.' })
  @IsEntityId('委员', { optional: true })
  memberId?: string;
}
