import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { DateScalar, IsEntityId, IsEntityIdList } from '@rural/core';

import { DeadlineRuleInput } from './deadline-rule.input.js';
import { IsStepDay } from './not-after-today.rule.js';
import { SuggestionStepInput } from './suggestion-step.input.js';

@InputType({
  description:
    'Assigning a filed suggestion (交办) to a lead unit and co-units, with a deadline: a day, a rule, or the settings’ default (3 months).',
})
export class AssignSuggestionInput extends SuggestionStepInput {
  @Field(() => ID, { description: '主办单位 — the lead unit, who alone replies.' })
  @IsEntityId('主办单位')
  leadUnitId: string;

  @Field(() => [ID], { nullable: true, description: '会办单位 — the co-units, who send their opinions to the lead unit. Optional.' })
  @IsEntityIdList('会办单位', 20, { optional: true })
  coUnitIds?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: '交办日期 — not after today; today when left out.' })
  @IsStepDay('交办日期')
  assignedOn?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: '办理期限 — the day the reply is due; give this or deadlineRule, or neither for the default.',
  })
  @IsOptional()
  deadline?: string | null;

  @Field(() => DeadlineRuleInput, { nullable: true, description: '期限规则 — the deadline as a rule counted from the day of assignment.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeadlineRuleInput)
  deadlineRule?: DeadlineRuleInput | null;
}
