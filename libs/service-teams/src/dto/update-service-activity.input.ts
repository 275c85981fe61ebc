import { Field, ID, InputType, PartialType } from '@nestjs/graphql';

import { IsEntityId, VersionInput } from '@rural/core';

import { RecordServiceActivityInput } from './record-service-activity.input.js';

// Defaults are dropped: a `farmersTrained` left out must keep its value, not reset it to 0.
@InputType({ description: 'Changes to a service activity; fields left out stay as they are, null clears the area.' })
export class UpdateServiceActivityInput extends PartialType(RecordServiceActivityInput, { omitDefaultValues: true }) {
  @Field(() => ID, { description: 'The activity to change.' })
  @IsEntityId('服务活动')
  id: string;

  @VersionInput()
  version?: number | null;
}
