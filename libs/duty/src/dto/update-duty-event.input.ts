import { Field, ID, InputType, PartialType } from '@nestjs/graphql';

import { IsEntityId, VersionInput } from '@rural/core';

import { RecordDutyEventInput } from './record-duty-event.input.js';

@InputType({
  description: 'Changes to a duty event; fields left out stay as they are. participants, when given, replaces the whole list.',
})
export class UpdateDutyEventInput extends PartialType(RecordDutyEventInput) {
  @Field(() => ID, { description: 'The event to change.' })
  @IsEntityId('履职活动')
  id: string;

  @VersionInput()
  version?: number | null;
}
