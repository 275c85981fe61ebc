import { Field, ID, InputType, PartialType } from '@nestjs/graphql';

import { IsEntityId, VersionInput } from '@rural/core';

import { CreateMemberInput } from './create-member.input.js';

@InputType({
  description:
    'Changes to a member; fields left out stay as they are, null clears an optional one. enterpriseIds, when given, replaces the whole list.',
})
export class UpdateMemberInput extends PartialType(CreateMemberInput) {
  @Field(() => ID, { description: 'The member to change.' })
  @IsEntityId('委员')
  id: string;

  @VersionInput()
  version?: number | null;
}
