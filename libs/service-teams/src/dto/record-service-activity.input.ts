import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, Min, ValidateBy } from 'class-validator';

import { AREA, DateScalar, DecimalScalar, IsEntityId, IsFigure, IsText, todayIn } from '@rural/core';

import { activityDateProblem } from '../activity-date.js';

/** A real day, neither in the future nor before 1949. */
function IsActivityDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isActivityDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && activityDateProblem(value, todayIn()) === null,
      defaultMessage: (args) => {
        if (typeof args?.value !== 'string') return '须填写服务日期';
        return `服务日期${activityDateProblem(args.value, todayIn()) ?? '不正确'}`;
      },
    },
  });
}

@InputType({ description: 'One visit of a service team to a base (服务活动).' })
export class RecordServiceActivityInput {
  @Field(() => ID, { description: 'The service team (服务团) that made the visit.' })
  @IsEntityId('服务团')
  teamId: string;

  @Field(() => ID, { description: 'The base (基地) visited.' })
  @IsEntityId('基地')
  baseId: string;

  @Field(() => DateScalar, { description: '日期 — the day of the visit; not in the future, not before 1949.' })
  @IsActivityDate()
  date: string;

  @Field({ description: '主题 — what the visit was about, e.g. 葡萄修剪技术培训; at most 200 characters.' })
  @IsText('服务主题', 200)
  topic: string;

  @Field(() => Int, { defaultValue: 0, description: '培训农民（人）— farmers trained during the visit; 0 when none.' })
  @IsInt({ message: '培训农民人数须为整数（没有时填 0）' })
  @Min(0, { message: '培训农民人数不能为负数' })
  farmersTrained: number;

  @Field(() => DecimalScalar, { nullable: true, description: '覆盖面积（亩）— the area covered, in mu, when known; at most 2 decimals.' })
  @IsFigure('覆盖面积', AREA, { optional: true })
  areaCoveredMu?: string | null;
}
