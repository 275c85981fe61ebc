import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';

import { IsEntityId } from '@rural/core';

import { MatchStatus } from '../match-status.js';

@InputType({ description: 'Which matches to list; the conditions given must all hold.' })
export class MatchFilter {
  @Field(() => ID, {
    nullable: true,
    description: '区划 — only matches whose village lies in this division (itself or anywhere below it).',
  })
  @IsEntityId('区划', { optional: true })
  divisionId?: string | null;

  @Field(() => ID, { nullable: true, description: '企业 — only matches of this enterprise.' })
  @IsEntityId('企业', { optional: true })
  enterpriseId?: string | null;

  @Field(() => ID, { nullable: true, description: '牵线委员 — only matches this member brokered.' })
  @IsEntityId('牵线委员', { optional: true })
  memberId?: string | null;

  @Field(() => MatchStatus, { nullable: true, description: '状态 — only matches in this status.' })
  @IsOptional()
  @IsEnum(MatchStatus, { message: '对接状态不正确' })
  status?: MatchStatus | null;
}
