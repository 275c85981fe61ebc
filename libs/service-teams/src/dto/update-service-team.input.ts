import { Field, ID, InputType, PartialType } from '@nestjs/graphql';

import { IsEntityId, VersionInput } from '@rural/core';

import { CreateServiceTeamInput } from './create-service-team.input.js';

// Defaults are dropped: a `memberIds` left out must keep the members, not reset them to [].
@InputType({ description: 'Changes to a service team; fields left out stay as they are; memberIds, when given, replaces the members.' })
export class UpdateServiceTeamInput extends PartialType(CreateServiceTeamInput, { omitDefaultValues: true }) {
  @Field(() => ID, { description: 'The team to change.' })
  @IsEntityId('服务团')
  id: string;

  @VersionInput()
  version?: number | null;
}
