import { Field, InputType } from '@nestjs/graphql';

import { IsText } from '@rural/core';

@InputType({ description: 'A new handling unit (承办单位).' })
export class CreateHandlingUnitInput {
  @Field({ description: '单位名称 — the unit’s full name, unique, e.g. 东兰县农业农村局.' })
  @IsText('单位名称', 100)
  name: string;

  @Field(() => String, { nullable: true, description: '联系人 — who answers for the unit; optional.' })
  @IsText('联系人', 100, { optional: true })
  contact?: string | null;
}
