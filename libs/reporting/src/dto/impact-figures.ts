import { Field, Int, ObjectType } from '@nestjs/graphql';

import { DecimalScalar } from '@rural/core';

@ObjectType({ description: '成效数字 — the figures of a set of outcome records, added up by the rules of docs/domain.md.' })
export class ImpactFigures {
  @Field(() => DecimalScalar, { description: "面积（亩）— a stock: each series' latest value in range, added across series." })
  areaMu: string;

  @Field(() => DecimalScalar, { description: '产值（元）— a flow: added over records.' })
  outputValueYuan: string;

  @Field(() => DecimalScalar, { description: '务工岗位（人次）— a flow.' })
  jobsPersonTimes: string;

  @Field(() => DecimalScalar, { description: '农户租金收入（元）— a flow.' })
  householdRentYuan: string;

  @Field(() => DecimalScalar, { description: '村集体经济增收（元）— a flow.' })
  collectiveIncomeYuan: string;

  @Field(() => DecimalScalar, { description: '带动农户（户）— a stock, like area.' })
  householdsBenefited: string;

  @Field(() => Int, { description: '乡镇数 — distinct towns with a record or a service activity in scope.' })
  towns: number;

  @Field(() => Int, { description: '村数 — distinct villages with a record or a service activity in scope.' })
  villages: number;

  @Field(() => Int, { description: '基地数 — distinct bases with a record or a service activity in scope.' })
  bases: number;

  @Field(() => Int, { description: '企业数 — distinct enterprises of the matches counted.' })
  enterprises: number;

  @Field(() => Int, { description: '对接数 — matches with a record in scope, plus matches in scope signed in the range.' })
  matches: number;

  @Field(() => Int, { description: '服务活动次数 — service activities in scope, dated in the range.' })
  serviceActivities: number;

  @Field(() => Int, { description: '培训农民（人次）— farmers trained in those activities.' })
  farmersTrained: number;

  @Field(() => Int, { description: '记录数 — outcome records counted.' })
  records: number;

  @Field(() => Boolean, { description: '“余”/“以上” — true when any record counted is a lower bound.' })
  atLeast: boolean;

  @Field(() => Int, {
    description: '待审核记录数 — records in scope and range not yet approved (counted in the figures only with includeUnapproved).',
  })
  unapprovedRecords: number;
}
