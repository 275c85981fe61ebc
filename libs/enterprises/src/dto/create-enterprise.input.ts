import { Field, InputType } from '@nestjs/graphql';

import { IsText } from '@rural/core';

import { IsCreditCode } from '../credit-code.validator.js';

@InputType({ description: 'A new enterprise.' })
export class CreateEnterpriseInput {
  @Field({ description: '企业名称 — the registered name, or a description when the source does not name it.' })
  @IsText('企业名称', 200)
  name: string;

  @Field(() => String, {
    nullable: true,
    description:
      '统一社会信用代码 — 18 characters with a valid GB 32100-2015 check character; unique; optional. Spaces and case do not matter.',
  })
  @IsCreditCode()
  creditCode?: string | null;

  @Field(() => String, { nullable: true, description: '行业 — the line of business, e.g. 葡萄种植; optional.' })
  @IsText('行业', 100, { optional: true })
  industry?: string | null;
}
