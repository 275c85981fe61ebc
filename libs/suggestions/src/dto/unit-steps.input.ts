import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';

import { DateScalar, IsEntityId, IsText, VersionInput } from '@rural/core';

import { SuggestionReplyResult } from '../suggestion-reply-result.js';
import { IsStepDay } from './not-after-today.rule.js';

@InputType({ description: 'A unit returning an item it was wrongly assigned (退回), within the days the settings allow.' })
export class ReturnSuggestionAssignmentInput {
  @Field(() => ID, { description: 'The suggestion.' })
  @IsEntityId('建言')
  id: string;

  @Field({ description: '退回理由 — why the item is not the unit’s to handle.' })
  @IsText('退回理由', 2000)
  reason: string;
}

@InputType({ description: 'A co-unit’s opinion (会办意见) for the lead unit, once per round.' })
export class SendCoUnitOpinionInput {
  @Field(() => ID, { description: 'The suggestion.' })
  @IsEntityId('建言')
  id: string;

  @Field({ description: '会办意见 — the opinion’s text.' })
  @IsText('会办意见', 20000)
  text: string;
}

@InputType({ description: 'The lead unit’s reply (答复) with its result.' })
export class ReplyToSuggestionInput {
  @Field(() => ID, { description: 'The suggestion.' })
  @IsEntityId('建言')
  id: string;

  @VersionInput()
  version?: number | null;

  @Field(() => SuggestionReplyResult, { description: '办理结果 — A solved, B being solved, C later, D for reference.' })
  @IsEnum(SuggestionReplyResult, { message: '办理结果须为 A、B、C 或 D' })
  result: SuggestionReplyResult;

  @Field({ description: '答复内容 — the reply’s text.' })
  @IsText('答复内容', 20000)
  text: string;

  @Field(() => DateScalar, { nullable: true, description: '答复日期 — not after today; today when left out.' })
  @IsStepDay('答复日期')
  repliedOn?: string | null;
}
