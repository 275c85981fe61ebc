import { Field, ID, InputType, PartialType } from '@nestjs/graphql';

import { IsEntityId, VersionInput } from '@rural/core';

import { CreateBaseInput } from './create-base.input.js';

@InputType({ description: 'Changes to a base; fields left out stay as they are, null clears an optional one.' })
export class UpdateBaseInput extends PartialType(CreateBaseInput) {
  @Field(() => ID, { description: 'The base to change.' })
  @IsEntityId('基地')
  id: string;

  @VersionInput()
  version?: number | null;
}
