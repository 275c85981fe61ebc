import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsString } from 'class-validator';

import { FieldLabel } from '@rural/core';

import { DutyFact } from './duty-fact.js';

@ObjectType({ description: '积分类别 — a category of points: its items are added, then held between floor and cap.' })
export class DutyCategoryRule {
  @Field({ description: '类别代码 — the category’s code, e.g. MEETINGS; items name it.' })
  code: string;

  @Field({ description: '类别名称 — the category’s name, e.g. 会议.' })
  name: string;

  @Field(() => Int, { description: '封顶分 — the most the category can give; work past it does not count.' })
  cap: number;

  @Field(() => Int, { description: '保底分 — the least the category can give (usually 0): deductions never go below it.' })
  floor: number;
}

@ObjectType({ description: '计分规则 — what one occurrence of a fact is worth, and in which category.' })
export class DutyItemRule {
  @Field(() => DutyFact, { description: '履职事项 — the fact rewarded (or deducted).' })
  fact: DutyFact;

  @Field({ description: '所属类别 — the code of the category the points go to.' })
  category: string;

  @Field(() => Int, { description: '分值 — points for each occurrence; negative for a deduction (扣分).' })
  points: number;
}

@InputType({ description: '积分类别 — a category of a rule set being saved.' })
export class DutyCategoryRuleInput {
  @Field({ description: '类别代码 — capital letters, digits and underscores, e.g. MEETINGS; unique in the rule set.' })
  @IsString({ message: '须填写类别代码' })
  @FieldLabel('类别代码')
  code: string;

  @Field({ description: '类别名称 — e.g. 会议; at most 20 characters.' })
  @IsString({ message: '须填写类别名称' })
  @FieldLabel('类别名称')
  name: string;

  @Field(() => Int, { description: '封顶分 — 0 or more.' })
  @IsInt({ message: '封顶分须为整数' })
  cap: number;

  @Field(() => Int, { defaultValue: 0, description: '保底分 — 0 up to the cap; 0 when left out.' })
  @IsInt({ message: '保底分须为整数' })
  floor: number;
}

@InputType({ description: '计分规则 — an item of a rule set being saved.' })
export class DutyItemRuleInput {
  @Field(() => DutyFact, { description: '履职事项 — the fact; each at most once in a rule set.' })
  @IsEnum(DutyFact, { message: '履职事项不正确' })
  fact: DutyFact;

  @Field({ description: '所属类别 — the code of one of the rule set’s categories.' })
  @IsString({ message: '须填写所属类别' })
  @FieldLabel('所属类别')
  category: string;

  @Field(() => Int, { description: '分值 — points per occurrence, −100 to 100; negative for a deduction.' })
  @IsInt({ message: '分值须为整数' })
  points: number;
}
