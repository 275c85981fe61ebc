import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';

import { DateScalar, IsEntityId, IsText, VersionInput } from '@rural/core';

import { IsStepDay } from './not-after-today.rule.js';

@InputType({ description: 'A step that needs nothing but the suggestion (submit, close).' })
export class SuggestionStepInput {
  @Field(() => ID, { description: 'The suggestion.' })
  @IsEntityId('建言')
  id: string;

  @VersionInput()
  version?: number | null;
}

@InputType({ description: 'Filing a submitted suggestion (立案).' })
export class FileSuggestionInput extends SuggestionStepInput {
  @Field(() => DateScalar, { nullable: true, description: '立案日期 — not after today; today when left out.' })
  @IsStepDay('立案日期')
  filedOn?: string | null;
}

@InputType({ description: 'Not filing a submitted suggestion (不予立案), with the reason.' })
export class DeclineSuggestionInput extends SuggestionStepInput {
  @Field({ description: '不予立案理由 — why it is not filed, for its authors.' })
  @IsText('不予立案理由', 2000)
  reason: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      '转为社情民意 — for a proposal: also turn it into a social-conditions report (a new, submitted item with the same authors and links).',
  })
  @IsOptional()
  @IsBoolean({ message: '转为社情民意须为是或否' })
  toSocialConditions?: boolean | null;
}

@InputType({ description: 'Marking or unmarking an item for key supervision (重点督办).' })
export class MarkKeySupervisionInput extends SuggestionStepInput {
  @Field({ description: '重点督办 — true to mark, false to unmark.' })
  @IsBoolean({ message: '重点督办须为是或否' })
  key: boolean;
}
