import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';

import { DateScalar, IsEntityId, PaginationArgs } from '@rural/core';

import { DutyEventKind } from '../duty-event-kind.js';

@InputType({ description: 'Which duty events to list; every condition given must hold.' })
export class DutyEventFilter {
  @Field(() => ID, { nullable: true, description: 'Only the events held by this division’s committee or those below it.' })
  @IsEntityId('区划', { optional: true })
  divisionId?: string | null;

  @Field(() => DutyEventKind, { nullable: true, description: 'Only events of this kind.' })
  @IsOptional()
  @IsEnum(DutyEventKind, { message: '活动类型不正确' })
  kind?: DutyEventKind | null;

  @Field(() => ID, { nullable: true, description: 'Only the events this member was asked to take part in.' })
  @IsEntityId('委员', { optional: true })
  memberId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only the events held on or after this day.' })
  @IsOptional()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only the events held on or before this day.' })
  @IsOptional()
  to?: string | null;
}

@ArgsType()
export class DutyEventsArgs extends PaginationArgs {
  @Field(() => DutyEventFilter, { nullable: true, description: 'Which events; all of them in your division when left out.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DutyEventFilter)
  filter?: DutyEventFilter | null;
}
