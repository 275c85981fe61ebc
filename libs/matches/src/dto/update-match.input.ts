import { Field, ID, InputType, PartialType } from '@nestjs/graphql';

import { IsEntityId, VersionInput } from '@rural/core';

import { CreateMatchInput } from './create-match.input.js';

@InputType({
  description:
    'Changes to a match; fields left out stay as they are, null clears an optional one. brokerIds, when given, replaces the whole set.',
})
export class UpdateMatchInput extends PartialType(CreateMatchInput) {
  @Field(() => ID, { description: 'The match to change.' })
  @IsEntityId('对接')
  id: string;

  @VersionInput()
  version?: number | null;
}
