import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';

import { IsEntityId } from '@rural/core';

import { CommitteePostKind } from '../committee-post-kind.js';

@InputType({ description: 'An account’s post in the committee’s work; replaces the post it held.' })
export class SetCommitteePostInput {
  @Field(() => ID, { description: 'The account.' })
  @IsEntityId('账号')
  userId: string;

  @Field(() => CommitteePostKind, { description: '岗位 — 政协办, a handling unit’s staff, or a member’s own account.' })
  @IsEnum(CommitteePostKind, { message: '岗位不正确' })
  kind: CommitteePostKind;

  @Field(() => ID, { nullable: true, description: '承办单位 — required for UNIT, left out otherwise.' })
  @IsEntityId('承办单位', { optional: true })
  handlingUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: '委员 — required for MEMBER, left out otherwise.' })
  @IsEntityId('委员', { optional: true })
  memberId?: string | null;
}
