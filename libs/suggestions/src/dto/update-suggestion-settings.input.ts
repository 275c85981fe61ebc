import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';

import { VersionInput } from '@rural/core';

import { DeadlineUnit } from '../deadline-unit.js';

@InputType({ description: 'Changes to the follow-up settings; fields left out stay.' })
export class UpdateSuggestionSettingsInput {
  @VersionInput()
  version?: number | null;

  @Field(() => Int, { nullable: true, description: '黄灯天数 — 0 to 90.' })
  @IsOptional()
  @IsInt({ message: '黄灯天数须为整数' })
  @Min(0, { message: '黄灯天数不能为负数' })
  @Max(90, { message: '黄灯天数最多 90 天' })
  yellowDays?: number | null;

  @Field(() => Int, { nullable: true, description: '退回期限（天）— 0 to 90 calendar days after assignment.' })
  @IsOptional()
  @IsInt({ message: '退回期限须为整数' })
  @Min(0, { message: '退回期限不能为负数' })
  @Max(90, { message: '退回期限最多 90 天' })
  returnDays?: number | null;

  @Field(() => DeadlineUnit, { nullable: true, description: '默认期限计法 — months, calendar days or working days.' })
  @IsOptional()
  @IsEnum(DeadlineUnit, { message: '期限计法须为月、自然日或工作日' })
  defaultDeadlineUnit?: DeadlineUnit | null;

  @Field(() => Int, { nullable: true, description: '默认期限 — 1 to 366 months or days.' })
  @IsOptional()
  @IsInt({ message: '默认期限须为整数' })
  @Min(1, { message: '默认期限至少为 1' })
  @Max(366, { message: '默认期限最多为 366' })
  defaultDeadlineAmount?: number | null;
}
