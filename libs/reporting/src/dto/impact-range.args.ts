import { ArgsType, Field } from '@nestjs/graphql';
import { PeriodScalar } from '@rural/core';
import { IsNotBeforePeriod, IsPeriod } from '@rural/outcomes';

@ArgsType()
export class ImpactRangeArgs {
  @Field(() => PeriodScalar, { nullable: true, description: '开始期间 — count records whose period starts on or after this period\'s first day.' })
  @IsPeriod('开始期间', { optional: true })
  from?: string | null;

  @Field(() => PeriodScalar, { nullable: true, description: '结束期间 — count records whose period ends on or before this period\'s last day.' })
  @IsPeriod('结束期间', { optional: true })
  @IsNotBeforePeriod('from')
  to?: string | null;
}
