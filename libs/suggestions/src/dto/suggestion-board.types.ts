import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

import { HandlingUnit } from '@rural/committee';
import { DateScalar, DecimalScalar, IsEntityId, IsText } from '@rural/core';

import { Suggestion } from '../entities/suggestion.entity.js';
import { SuggestionLight } from '../suggestion-light.js';

@InputType({ description: 'Which part of the supervision board to show.' })
export class SuggestionBoardFilter {
  @Field(() => ID, { nullable: true, description: '所属政协 — only suggestions received in this division or below it.' })
  @IsEntityId('区划', { optional: true })
  divisionId?: string | null;

  @Field(() => ID, { nullable: true, description: '主办单位 — only this lead unit’s open items.' })
  @IsEntityId('主办单位', { optional: true })
  unitId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: '年度 — the year of the units’ replies and rates; this year (county calendar) when left out.',
  })
  @IsOptional()
  @IsInt({ message: '年度须为整数' })
  @Min(2000, { message: '年度不能早于 2000 年' })
  @Max(2100, { message: '年度不能晚于 2100 年' })
  year?: number | null;
}

@ObjectType({ description: '督办事项 — an open (assigned, not yet replied) item on the board, with its light.' })
export class SuggestionBoardItem {
  // The suggestion's id: an item is a view of one suggestion, placed where the suggestion is.
  @Field(() => ID, { description: 'The suggestion’s id.' })
  id: string;

  @Field(() => Suggestion, { description: '建言 — the item.' })
  suggestion: Suggestion;

  @Field(() => HandlingUnit, { nullable: true, description: '主办单位 — the lead unit.' })
  unit: HandlingUnit | null;

  @Field(() => SuggestionLight, { description: '督办灯 — red overdue, yellow near, green on track.' })
  light: SuggestionLight;

  @Field(() => Int, { description: '剩余天数 — days to the deadline; negative: overdue by that many days.' })
  daysLeft: number;

  @Field({ description: '重点督办 — marked for key supervision.' })
  keySupervision: boolean;
}

@ObjectType({ description: '单位办理情况 — a handling unit’s open items today and its replies and rates for a year.' })
export class SuggestionUnitRate {
  @Field(() => ID, { description: '承办单位 — the unit’s id.' })
  unitId: string;

  @Field(() => HandlingUnit, { description: '承办单位 — the unit.' })
  unit?: HandlingUnit;

  @Field(() => Int, { description: '在办 — items it leads that are assigned and not yet replied, today.' })
  open: number;

  @Field(() => Int, { description: '红灯 — of those, overdue today.' })
  red: number;

  @Field(() => Int, { description: '黄灯 — of those, near their deadline today.' })
  yellow: number;

  @Field(() => Int, { description: '已答复 — replies it gave in the year (each round counts).' })
  replied: number;

  @Field(() => Int, { description: '按期答复 — of those, given by their deadline.' })
  repliedOnTime: number;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: '按期答复率 — on time ÷ replied, rounded half up to four decimals (2 of 3 → 0.6667; 1 of 1 → 1); null without replies.',
  })
  onTimeRate: string | null;

  @Field(() => Int, { description: '已评价 — of the year’s replies, those the lead author evaluated.' })
  evaluated: number;

  @Field(() => Int, { description: '满意 — of those, 满意 or 基本满意.' })
  satisfied: number;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: '满意率 — (满意 + 基本满意) ÷ evaluated, four decimals; null without evaluations.',
  })
  satisfactionRate: string | null;
}

@ObjectType({ description: '督办看板 — open items, red first (most overdue first), then yellow, then green; and each unit’s figures.' })
export class SuggestionBoard {
  @Field(() => DateScalar, { description: '日期 — the county’s date the lights were judged on.' })
  today: string;

  @Field(() => Int, { description: '黄灯天数 — the setting the lights used.' })
  yellowDays: number;

  @Field(() => Int, { description: '年度 — the year of the units’ replies and rates.' })
  year: number;

  @Field(() => [SuggestionBoardItem], { description: '督办事项 — open items, red, yellow, green, each by deadline (at most 500).' })
  items: SuggestionBoardItem[];

  @Field(() => [SuggestionUnitRate], { description: '单位 — each unit with open items or replies in the year, most red first.' })
  units: SuggestionUnitRate[];
}

@InputType({ description: 'Which suggestions to count for figures and the sentence.' })
export class SuggestionFiguresFilter {
  @Field(() => ID, { nullable: true, description: '所属政协 — only suggestions received in this division or below it.' })
  @IsEntityId('区划', { optional: true })
  divisionId?: string | null;

  @Field(() => Int, { nullable: true, description: '年度 — only suggestions submitted in this year; every year when left out.' })
  @IsOptional()
  @IsInt({ message: '年度须为整数' })
  @Min(2000, { message: '年度不能早于 2000 年' })
  @Max(2100, { message: '年度不能晚于 2100 年' })
  year?: number | null;

  @Field(() => String, {
    nullable: true,
    description: '主题 — only suggestions whose topic contains this, e.g. 露营; named in the sentence (围绕…).',
  })
  @IsText('主题', 100, { optional: true })
  topic?: string | null;
}

@ObjectType({ description: '建言数字 — counts of suggestions past draft, and the sentence a report uses.' })
export class SuggestionFigures {
  @Field(() => Int, {
    description: '调研 — research visits (调研视察 duty events) held in the same division, year and topic (title or topic contains it).',
  })
  researchVisits: number;

  @Field(() => Int, { description: '提出 — suggestions submitted.' })
  submitted: number;

  @Field(() => Int, { description: '立案 — of those, filed.' })
  filed: number;

  @Field(() => Int, { description: '不予立案 — of those, not filed.' })
  notFiled: number;

  @Field(() => Int, { description: '已答复 — of those, replied at least once.' })
  replied: number;

  @Field(() => Int, { description: '采纳 — of those, with a reply of result A or B.' })
  adopted: number;

  @Field(() => Int, { description: '获领导批示 — of those, with at least one leader’s instruction.' })
  instructed: number;

  @Field(() => Int, { description: '办结 — of those, closed.' })
  closed: number;

  @Field({ description: '表述 — the sentence for a report: "围绕…开展调研N次，提出意见建议N条，其中N条得到采纳，N条获领导批示。"' })
  summaryText: string;
}
