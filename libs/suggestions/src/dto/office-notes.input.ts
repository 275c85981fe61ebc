import { Field, ID, InputType } from '@nestjs/graphql';

import { DateScalar, IsEntityId, IsText } from '@rural/core';

import { IsStepDay } from './not-after-today.rule.js';

@InputType({ description: 'A leader’s instruction (领导批示) on a suggestion, as given.' })
export class AddSuggestionInstructionInput {
  @Field(() => ID, { description: 'The suggestion.' })
  @IsEntityId('建言')
  id: string;

  @Field({ description: '批示领导 — who gave it, e.g. 县委书记 某某.' })
  @IsText('批示领导', 100)
  leader: string;

  @Field({ description: '批示内容 — the instruction’s text.' })
  @IsText('批示内容', 5000)
  text: string;

  @Field(() => DateScalar, { nullable: true, description: '批示日期 — not after today; today when left out.' })
  @IsStepDay('批示日期')
  givenOn?: string | null;
}

@InputType({ description: 'A supervision note (督办记录): what the office did to push the item along.' })
export class AddSupervisionNoteInput {
  @Field(() => ID, { description: 'The suggestion.' })
  @IsEntityId('建言')
  id: string;

  @Field({ description: '督办内容 — what was done or asked.' })
  @IsText('督办内容', 5000)
  text: string;

  @Field(() => DateScalar, { nullable: true, description: '督办日期 — not after today; today when left out.' })
  @IsStepDay('督办日期')
  notedOn?: string | null;
}
