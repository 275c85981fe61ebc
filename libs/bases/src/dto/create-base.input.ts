import { Field, ID, InputType } from '@nestjs/graphql';

import { AREA, DecimalScalar, IsEntityId, IsFigure, IsText } from '@rural/core';

@InputType({ description: 'A new base (基地).' })
export class CreateBaseInput {
  @Field({ description: '基地名称 — the name, e.g. 共耕社产业园.' })
  @IsText('基地名称', 200)
  name: string;

  @Field(() => ID, { description: '所在村 — the village the base lies in; must be a VILLAGE-level division.' })
  @IsEntityId('所在村')
  villageId: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: '面积（亩）— the area in mu, at most 2 decimals; leave out or null when unknown.',
  })
  @IsFigure('面积', AREA, { optional: true })
  areaMu?: string | null;

  @Field(() => String, { nullable: true, description: '产业 — what the base produces, e.g. 葡萄; optional.' })
  @IsText('产业', 100, { optional: true })
  industry?: string | null;

  @Field(() => String, { nullable: true, description: '经营模式 — the operating model, e.g. 支部+基地+农户; optional.' })
  @IsText('经营模式', 100, { optional: true })
  operatingModel?: string | null;

  @Field(() => ID, { nullable: true, description: '经营企业 — the enterprise that operates the base; optional.' })
  @IsEntityId('经营企业', { optional: true })
  operatorId?: string | null;
}
