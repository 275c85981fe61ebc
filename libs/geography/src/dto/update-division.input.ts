import { Field, ID, InputType, PartialType } from '@nestjs/graphql';

import { IsEntityId, VersionInput } from '@rural/core';

import { CreateDivisionInput } from './create-division.input.js';

@InputType({ description: 'Changes to a division; fields left out stay as they are, null clears an optional one.' })
export class UpdateDivisionInput extends PartialType(CreateDivisionInput) {
  @Field(() => ID, { description: 'The division to change.' })
  @IsEntityId('区划')
  id: string;

  @VersionInput()
  version?: number | null;
}
