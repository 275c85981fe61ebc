import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, Matches } from 'class-validator';

import { IsEntityId, IsText } from '@rural/core';

import { DivisionLevel } from '../division-level.js';

@InputType({ description: 'A new administrative division.' })
export class CreateDivisionInput {
  @Field({ description: '名称 — the name, e.g. 东里村.' })
  @IsText('区划名称', 100)
  name: string;

  @Field(() => DivisionLevel, { description: "级别 — must be below the parent's level." })
  @IsEnum(DivisionLevel, { message: '区划级别不正确' })
  level: DivisionLevel;

  @Field(() => String, { nullable: true, description: '统计用区划代码 — 12 digits, unique; optional.' })
  @IsOptional()
  @Matches(/^[0-9]{12}$/, { message: '统计用区划代码须为 12 位数字，如 451224000000' })
  code?: string | null;

  @Field(() => ID, { nullable: true, description: 'The parent division; leave out for a root (e.g. a province).' })
  @IsEntityId('上级区划', { optional: true })
  parentId?: string | null;
}
