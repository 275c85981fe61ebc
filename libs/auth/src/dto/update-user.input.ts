import { Field, ID, InputType, PartialType } from '@nestjs/graphql';

import { IsEntityId, VersionInput } from '@rural/core';

import { CreateUserInput } from './create-user.input.js';

@InputType({ description: 'Changes to a user; fields left out stay as they are.' })
export class UpdateUserInput extends PartialType(CreateUserInput) {
  @Field(() => ID, { description: 'The user to change.' })
  @IsEntityId('用户')
  id: string;

  @VersionInput()
  version?: number | null;
}
