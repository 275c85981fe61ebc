import { Field, ID, InputType, PartialType } from '@nestjs/graphql';

import { IsEntityId, VersionInput } from '@rural/core';

import { CreateEnterpriseInput } from './create-enterprise.input.js';

@InputType({ description: 'Changes to an enterprise; fields left out stay as they are, null clears an optional one.' })
export class UpdateEnterpriseInput extends PartialType(CreateEnterpriseInput) {
  @Field(() => ID, { description: 'The enterprise to change.' })
  @IsEntityId('企业')
  id: string;

  @VersionInput()
  version?: number | null;
}
