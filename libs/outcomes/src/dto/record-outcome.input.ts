import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';

import { AREA, COUNT, DecimalScalar, IsEntityId, IsFigure, IsText, MONEY, PeriodScalar } from '@rural/core';

import { IsPeriod } from '../period.validators.js';

/**
 * The figures of one scope for one period. Exactly one of `baseId` and `divisionId`, at least one
 * figure, and one record per series (scope + match + team) and period: those rules span fields
 * and rows, so the service checks them.
 */
@InputType({ description: '录入成效 — the figures of one base or division for one period.' })
export class RecordOutcomeInput {
  @Field(() => PeriodScalar, { description: '期间 — the one period the figures cover: "2024", "2024Q3" or "2024-07".' })
  @IsPeriod('期间')
  period: string;

  @Field(() => ID, { nullable: true, description: '基地 — the base the figures are for; leave out when the scope is a division.' })
  @IsEntityId('基地', { optional: true })
  baseId?: string | null;

  @Field(() => ID, { nullable: true, description: '区划 — the division whose totals these are, when they are not known per base.' })
  @IsEntityId('区划', { optional: true })
  divisionId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '对接 — the match the figures come from; it must belong to the base, or lie in the division.',
  })
  @IsEntityId('对接', { optional: true })
  matchId?: string | null;

  @Field(() => ID, { nullable: true, description: '服务团 — the service team the figures come from.' })
  @IsEntityId('服务团', { optional: true })
  teamId?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '面积（亩）— area in mu, at most 2 decimals.' })
  @IsFigure('面积', AREA, { optional: true })
  areaMu?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '产值（元）— output value in yuan, at most 2 decimals.' })
  @IsFigure('产值', MONEY, { optional: true })
  outputValueYuan?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '务工岗位（人次）— paid work in person-times, a whole number.' })
  @IsFigure('务工岗位人次', COUNT, { optional: true })
  jobsPersonTimes?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '农户租金收入（元）— farmland rent paid to households, in yuan.' })
  @IsFigure('农户租金收入', MONEY, { optional: true })
  householdRentYuan?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '村集体经济增收（元）— village collective income increase, in yuan.' })
  @IsFigure('村集体经济增收', MONEY, { optional: true })
  collectiveIncomeYuan?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '带动农户（户）— households benefiting, a whole number.' })
  @IsFigure('带动农户数', COUNT, { optional: true })
  householdsBenefited?: string | null;

  @Field({ defaultValue: false, description: '“余”/“以上” — true when the figures are lower bounds ("20余万元"); false by default.' })
  @IsBoolean({ message: '“余/以上”标记须为 true 或 false' })
  atLeast: boolean;

  @Field(() => String, {
    nullable: true,
    description: '来源 — where the figures come from (a document, an article, a survey); at most 2000 characters.',
  })
  @IsText('来源', 2000, { optional: true })
  source?: string | null;
}
