import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, ValidateIf } from 'class-validator';

import { DateScalar, DecimalScalar, IsEntityId, IsEntityIdList, IsFigure, MONEY } from '@rural/core';

import { MatchStatus } from '../match-status.js';
import { IsNotAfterToday } from '../signed-on.rule.js';

@InputType({ description: 'A new match (引企下乡对接): an enterprise paired with a village.' })
export class CreateMatchInput {
  @Field(() => ID, { description: '企业 — the enterprise brought to the village.' })
  @IsEntityId('企业')
  enterpriseId: string;

  @Field(() => ID, { description: '对接村 — the village; must be a VILLAGE-level division.' })
  @IsEntityId('对接村')
  villageId: string;

  @Field(() => ID, { nullable: true, description: '基地 — the base built or run under the match; must lie in the village. Optional.' })
  @IsEntityId('基地', { optional: true })
  baseId?: string | null;

  @Field(() => [ID], { nullable: true, description: '牵线委员 — the members who brokered the match, each once; may be empty.' })
  @IsEntityIdList('牵线委员', 50, { optional: true })
  brokerIds?: string[] | null;

  // No default here: a default would be inherited by UpdateMatchInput and reset the status.
  @Field(() => MatchStatus, { nullable: true, description: '状态 — where the match stands; INTENT when left out.' })
  @ValidateIf((_input, value) => value !== undefined)
  @IsEnum(MatchStatus, { message: '须指定对接状态：意向、已签约、运营中、暂停或已终止' })
  status?: MatchStatus;

  @Field(() => DateScalar, { nullable: true, description: '签约日期 — the day the agreement was signed; not in the future. Optional.' })
  @IsNotAfterToday('签约日期')
  signedOn?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: '协议投资（元）— the committed investment in yuan, at most 2 decimals. Optional.',
  })
  @IsFigure('协议投资', MONEY, { optional: true })
  investmentYuan?: string | null;
}
