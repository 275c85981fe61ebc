import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMinSize, IsEnum } from 'class-validator';

import { IsEntityId, IsEntityIdList, IsText } from '@rural/core';

import { SuggestionKind } from '../suggestion-kind.js';

@InputType({ description: 'A new suggestion (建言), drafted by a member for themselves or by the committee office on members’ behalf.' })
export class CreateSuggestionInput {
  @Field(() => SuggestionKind, { description: '类别 — proposal, social-conditions report, consultation outcome or research report.' })
  @IsEnum(SuggestionKind, { message: '须指定建言类别：提案、社情民意、协商成果或调研报告' })
  kind: SuggestionKind;

  @Field({ description: '标题 — the title (案由), at most 200 characters.' })
  @IsText('标题', 200)
  title: string;

  @Field(() => String, { nullable: true, description: '主题 — what it is about, for figures (围绕…), e.g. 露营产业. Optional.' })
  @IsText('主题', 100, { optional: true })
  topic?: string | null;

  @Field(() => String, { nullable: true, description: '内容 — the text. Optional while a draft.' })
  @IsText('内容', 20000, { optional: true })
  content?: string | null;

  @Field(() => ID, { description: '所属政协 — the division whose committee receives it (usually the county); inside the caller’s scope.' })
  @IsEntityId('所属政协')
  divisionId: string;

  @Field(() => [ID], { description: '提出人 — the authors, the lead author (第一提出人) first; each once; at least one.' })
  @IsEntityIdList('提出人', 50)
  @ArrayMinSize(1, { message: '至少须有一位提出人' })
  authorIds: string[];

  @Field(() => [ID], { nullable: true, description: '涉及区划 — the places (towns, villages) it is about. Optional.' })
  @IsEntityIdList('涉及区划', 50, { optional: true })
  divisionIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: '涉及基地 — the bases it is about. Optional.' })
  @IsEntityIdList('涉及基地', 50, { optional: true })
  baseIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: '涉及对接 — the enterprise–village matches it is about. Optional.' })
  @IsEntityIdList('涉及对接', 50, { optional: true })
  matchIds?: string[] | null;
}
