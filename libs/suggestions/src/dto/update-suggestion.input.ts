import { Field, ID, InputType, PartialType } from '@nestjs/graphql';

import { IsEntityId, VersionInput } from '@rural/core';

import { CreateSuggestionInput } from './create-suggestion.input.js';

@InputType({
  description: 'Changes to a draft; fields left out stay, null clears an optional one; a list given replaces the whole list.',
})
export class UpdateSuggestionInput extends PartialType(CreateSuggestionInput) {
  @Field(() => ID, { description: 'The draft to change.' })
  @IsEntityId('建言')
  id: string;

  @VersionInput()
  version?: number | null;
}
