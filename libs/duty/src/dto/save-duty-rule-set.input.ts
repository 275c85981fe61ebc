import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, ValidateNested } from 'class-validator';

import { VersionInput } from '@rural/core';

import { DUTY_FACTS } from '../duty-fact.js';
import { DutyCategoryRuleInput, DutyItemRuleInput } from '../duty-rule-parts.js';

@InputType({
  description: 'One year’s points rules, saved whole: replaces that year’s rules (and so its scores), and no other year’s.',
})
export class SaveDutyRuleSetInput {
  @Field(() => Int, { description: '年度 — the year the rules score, 2000 to 2100.' })
  @IsInt({ message: '年度须为整数' })
  year: number;

  @Field(() => Int, { defaultValue: 0, description: '基础分 — points every member starts with, outside the categories; 0 or more.' })
  @IsInt({ message: '基础分须为整数' })
  basePoints: number = 0;

  @Field(() => [DutyCategoryRuleInput], { description: '积分类别 — at least one, codes unique, in the order reports show them.' })
  @IsArray({ message: '积分类别须为列表' })
  @ArrayMaxSize(20, { message: '积分类别最多 20 个' })
  @ValidateNested({ each: true })
  @Type(() => DutyCategoryRuleInput)
  categories: DutyCategoryRuleInput[];

  @Field(() => [DutyItemRuleInput], { description: '计分规则 — each fact at most once, each in one of the categories.' })
  @IsArray({ message: '计分规则须为列表' })
  @ArrayMaxSize(DUTY_FACTS.length, { message: `计分规则最多 ${DUTY_FACTS.length} 条` })
  @ValidateNested({ each: true })
  @Type(() => DutyItemRuleInput)
  items: DutyItemRuleInput[];

  @Field(() => Int, { description: '优秀分数线 — the least total graded 优秀; above goodFrom.' })
  @IsInt({ message: '优秀分数线须为整数' })
  excellentFrom: number;

  @Field(() => Int, { description: '良好分数线 — the least total graded 良好; above competentFrom.' })
  @IsInt({ message: '良好分数线须为整数' })
  goodFrom: number;

  @Field(() => Int, { description: '称职分数线 — the least total graded 称职; 0 or more.' })
  @IsInt({ message: '称职分数线须为整数' })
  competentFrom: number;

  @VersionInput()
  version?: number | null;
}
