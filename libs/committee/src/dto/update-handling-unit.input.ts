import { Field, ID, InputType, PartialType } from '@nestjs/graphql';

import { IsEntityId, VersionInput } from '@rural/core';

import { CreateHandlingUnitInput } from './create-handling-unit.input.js';

@InputType({ description: 'Changes to a handling unit; fields left out stay as they are, null clears an optional one.' })
export class UpdateHandlingUnitInput extends PartialType(CreateHandlingUnitInput) {
  @Field(() => ID, { description: 'The unit to change.' })
  @IsEntityId('承办单位')
  id: string;

  @VersionInput()
  version?: number | null;
}
