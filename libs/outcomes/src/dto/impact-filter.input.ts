import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';

import { IsEntityId, PeriodScalar } from '@rural/core';

import { IsNotBeforePeriod, IsPeriod } from '../period.validators.js';

/**
 * Which outcome records a list or a report covers. Every field narrows; left out, it does not.
 * Shared by `outcomeRecords` and the impact reports, so both count the same records.
 */
@InputType({ description: '成效筛选 — which outcome records to count: by place, period range, enterprise, member, team, base or match.' })
export class ImpactFilter {
  @Field(() => ID, { nullable: true, description: "区划 — records whose base or division lies in this division's subtree." })
  @IsEntityId('区划', { optional: true })
  divisionId?: string | null;

  @Field(() => PeriodScalar, { nullable: true, description: "开始期间 — records whose period starts on or after this period's first day." })
  @IsPeriod('开始期间', { optional: true })
  from?: string | null;

  @Field(() => PeriodScalar, {
    nullable: true,
    description: "结束期间 — records whose period ends on or before this period's last day; not before `from`.",
  })
  @IsPeriod('结束期间', { optional: true })
  @IsNotBeforePeriod('from')
  to?: string | null;

  @Field(() => ID, { nullable: true, description: "企业 — records of this enterprise's matches." })
  @IsEntityId('企业', { optional: true })
  enterpriseId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "委员 — records credited to this member: a broker of the record's match, or the leader of its team.",
  })
  @IsEntityId('委员', { optional: true })
  memberId?: string | null;

  @Field(() => ID, { nullable: true, description: '服务团 — records of this service team.' })
  @IsEntityId('服务团', { optional: true })
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: '基地 — records of this base.' })
  @IsEntityId('基地', { optional: true })
  baseId?: string | null;

  @Field(() => ID, { nullable: true, description: '对接 — records of this match.' })
  @IsEntityId('对接', { optional: true })
  matchId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '含未审核 — also count records not yet approved (editors and administrators). Reports count APPROVED records by default.',
  })
  @IsOptional()
  @IsBoolean({ message: 'includeUnapproved 须为 true 或 false' })
  includeUnapproved?: boolean | null;
}
