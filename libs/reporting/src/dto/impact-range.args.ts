import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';

import { AllOptional, PeriodScalar } from '@rural/core';
import { IsNotBeforePeriod, IsPeriod } from '@rural/outcomes';

@ArgsType()
@AllOptional()
export class ImpactRangeArgs {
  @Field(() => PeriodScalar, {
    nullable: true,
    description: "开始期间 — count records whose period starts on or after this period's first day.",
  })
  @IsPeriod('开始期间', { optional: true })
  from?: string | null;

  @Field(() => PeriodScalar, {
    nullable: true,
    description: "结束期间 — count records whose period ends on or before this period's last day.",
  })
  @IsPeriod('结束期间', { optional: true })
  @IsNotBeforePeriod('from')
  to?: string | null;

  @Field(() => Boolean, { nullable: true, description: '含未审核 — also count records not yet approved (editors and administrators).' })
  @IsOptional()
  @IsBoolean({ message: 'includeUnapproved 须为 true 或 false' })
  includeUnapproved?: boolean | null;
}
