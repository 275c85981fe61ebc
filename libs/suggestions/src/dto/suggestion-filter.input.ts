import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';

import { IsEntityId, IsText } from '@rural/core';

import { SuggestionKind } from '../suggestion-kind.js';
import { SuggestionLight } from '../suggestion-light.js';
import { SuggestionStatus } from '../suggestion-status.js';

@InputType({ description: 'Which suggestions to list; the conditions given must all hold.' })
export class SuggestionFilter {
  @Field(() => SuggestionStatus, { nullable: true, description: '状态 — only suggestions in this state.' })
  @IsOptional()
  @IsEnum(SuggestionStatus, { message: '建言状态不正确' })
  status?: SuggestionStatus | null;

  @Field(() => SuggestionKind, { nullable: true, description: '类别 — only suggestions of this kind.' })
  @IsOptional()
  @IsEnum(SuggestionKind, { message: '建言类别不正确' })
  kind?: SuggestionKind | null;

  @Field(() => ID, { nullable: true, description: '承办单位 — only suggestions this unit currently handles (lead or co).' })
  @IsEntityId('承办单位', { optional: true })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: '所属政协 — only suggestions received in this division or below it.' })
  @IsEntityId('区划', { optional: true })
  divisionId?: string | null;

  @Field(() => ID, { nullable: true, description: '提出人 — only suggestions this member authored (lead or co-signer).' })
  @IsEntityId('提出人', { optional: true })
  memberId?: string | null;

  @Field(() => Int, { nullable: true, description: '年度 — only suggestions submitted in this year (county calendar).' })
  @IsOptional()
  @IsInt({ message: '年度须为整数' })
  @Min(2000, { message: '年度不能早于 2000 年' })
  @Max(2100, { message: '年度不能晚于 2100 年' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: '搜索 — a part of the title or the topic.' })
  @IsText('搜索', 100, { optional: true })
  search?: string | null;

  @Field(() => SuggestionLight, { nullable: true, description: '督办灯 — only assigned, unreplied items showing this light today.' })
  @IsOptional()
  @IsEnum(SuggestionLight, { message: '督办灯不正确' })
  light?: SuggestionLight | null;
}
