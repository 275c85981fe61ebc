import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, Max, Min, ValidateBy, ValidateNested } from 'class-validator';

import { DateScalar, IsEntityId, IsText, todayIn } from '@rural/core';
import { activityDateProblem } from '@rural/service-teams';

import { Attendance, DutyEventKind } from '../duty-event-kind.js';

export const MAX_PARTICIPANTS = 500;

/** A real day, neither in the future (an event is recorded once held) nor before 1949. */
function IsHeldOn(): PropertyDecorator {
  return ValidateBy({
    name: 'isHeldOn',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && activityDateProblem(value, todayIn()) === null,
      defaultMessage: (args) =>
        typeof args?.value === 'string' ? `活动日期${activityDateProblem(args.value, todayIn()) ?? '不正确'}` : '须填写活动日期',
    },
  });
}

/** Each member at most once in an event. */
function EachMemberOnce(): PropertyDecorator {
  return ValidateBy({
    name: 'eachMemberOnce',
    validator: {
      validate: (value: unknown) =>
        !Array.isArray(value) || new Set(value.map((row: { memberId?: string }) => row?.memberId)).size === value.length,
      defaultMessage: () => '同一位委员在一次活动中只能登记一次',
    },
  });
}

@InputType({ description: 'One member’s part in an event (参加人员).' })
export class DutyParticipantInput {
  @Field(() => ID, { description: '委员 — the member.' })
  @IsEntityId('委员')
  memberId: string;

  @Field(() => Attendance, { description: '出勤 — present, excused or absent without leave.' })
  @IsEnum(Attendance, { message: '出勤情况须为出席、请假或缺席' })
  attendance: Attendance;

  @Field(() => Int, { defaultValue: 0, description: '大会发言 — speeches made at the event; 0 when none.' })
  @IsInt({ message: '大会发言次数须为整数' })
  @Min(0, { message: '大会发言次数不能为负数' })
  @Max(20, { message: '大会发言次数最多 20' })
  speeches: number = 0;

  @Field(() => Int, { defaultValue: 0, description: '书面发言 — written contributions handed in; 0 when none.' })
  @IsInt({ message: '书面发言次数须为整数' })
  @Min(0, { message: '书面发言次数不能为负数' })
  @Max(20, { message: '书面发言次数最多 20' })
  writtenSpeeches: number = 0;
}

@InputType({ description: 'A committee meeting or activity with its participants (履职活动).' })
export class RecordDutyEventInput {
  @Field(() => ID, { description: '主办政协 — the division whose committee held the event; within your own division.' })
  @IsEntityId('主办政协')
  divisionId: string;

  @Field(() => DutyEventKind, { description: '类型 — the kind of meeting or activity.' })
  @IsEnum(DutyEventKind, { message: '活动类型不正确' })
  kind: DutyEventKind;

  @Field({ description: '名称 — e.g. 县政协十届三次全体会议; at most 200 characters.' })
  @IsText('活动名称', 200)
  title: string;

  @Field(() => String, { nullable: true, description: '议题 — what it was about; optional, at most 500 characters.' })
  @IsText('议题', 500, { optional: true })
  topic?: string | null;

  @Field(() => DateScalar, { description: '日期 — the day it was held; not in the future.' })
  @IsHeldOn()
  heldOn: string;

  @Field(() => String, { nullable: true, description: '地点 — where it was held; optional, at most 200 characters.' })
  @IsText('地点', 200, { optional: true })
  place?: string | null;

  @Field(() => [DutyParticipantInput], {
    description: `参加人员 — the members asked to take part, each once, with their attendance; at most ${MAX_PARTICIPANTS}. On update the list replaces the old one.`,
  })
  @IsArray({ message: '参加人员须为列表' })
  @ArrayMaxSize(MAX_PARTICIPANTS, { message: `参加人员最多 ${MAX_PARTICIPANTS} 位` })
  @EachMemberOnce()
  @ValidateNested({ each: true })
  @Type(() => DutyParticipantInput)
  participants: DutyParticipantInput[];
}
