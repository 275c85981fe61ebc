import { Field, ID, InputType, PartialType } from '@nestjs/graphql';

import { IsEntityId, VersionInput } from '@rural/core';

import { RecordOutcomeInput } from './record-outcome.input.js';

// Without its default, a left-out `atLeast` stays as stored instead of turning false.
@InputType({ description: 'Changes to an outcome record; fields left out stay as they are, null clears an optional one.' })
export class UpdateOutcomeRecordInput extends PartialType(RecordOutcomeInput, { omitDefaultValues: true }) {
  @Field(() => ID, { description: 'The outcome record to change.' })
  @IsEntityId('成效记录')
  id: string;

  @VersionInput()
  version?: number | null;
}
