import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';

import { DateScalar, IsEntityId, IsText, VersionInput } from '@rural/core';

import { SuggestionEvaluation } from '../suggestion-evaluation.js';
import { DeadlineRuleInput } from './deadline-rule.input.js';

@InputType({
  description:
    'The lead author’s evaluation of the reply (评价); 不满意 sends the item back to its units with a new deadline (given, a rule, or the default).',
})
export class EvaluateSuggestionReplyInput {
  @Field(() => ID, { description: 'The suggestion.' })
  @IsEntityId('建言')
  id: string;

  @VersionInput()
  version?: number | null;

  @Field(() => SuggestionEvaluation, { description: '评价 — 满意, 基本满意 or 不满意.' })
  @IsEnum(SuggestionEvaluation, { message: '评价须为满意、基本满意或不满意' })
  evaluation: SuggestionEvaluation;

  @Field(() => String, { nullable: true, description: '评价意见 — what the author says; expected with 不满意. Optional.' })
  @IsText('评价意见', 2000, { optional: true })
  note?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '新办理期限 — for 不满意: the new deadline; or deadlineRule; or the default.' })
  @IsOptional()
  deadline?: string | null;

  @Field(() => DeadlineRuleInput, {
    nullable: true,
    description: '新期限规则 — for 不满意: the new deadline as a rule counted from today.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeadlineRuleInput)
  deadlineRule?: DeadlineRuleInput | null;
}
