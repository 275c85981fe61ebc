import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

import { IsEntityId, IsText, PaginationArgs } from '@rural/core';

import { MAX_RULE_YEAR, MIN_RULE_YEAR } from '../duty-rules.js';

/** A year, checked like a rule set's. */
function IsRuleYear(): PropertyDecorator {
  return (target, property) => {
    IsInt({ message: '年度须为整数' })(target, property);
    Min(MIN_RULE_YEAR, { message: `年度须在 ${MIN_RULE_YEAR} 至 ${MAX_RULE_YEAR} 之间` })(target, property);
    Max(MAX_RULE_YEAR, { message: `年度须在 ${MIN_RULE_YEAR} 至 ${MAX_RULE_YEAR} 之间` })(target, property);
  };
}

@ArgsType()
export class DutyRankingArgs extends PaginationArgs {
  @Field(() => Int, { description: '年度 — the year ranked, under that year’s saved rules.' })
  @IsRuleYear()
  year: number;

  @Field(() => ID, {
    nullable: true,
    description: '所属政协 — only members whose committee division lies in this division’s subtree; your whole division when left out.',
  })
  @IsEntityId('区划', { optional: true })
  divisionId?: string | null;

  @Field(() => String, { nullable: true, description: '界别 — only members of this sector, e.g. 经济界.' })
  @IsText('界别', 100, { optional: true })
  sector?: string | null;
}

@ArgsType()
export class MemberDutyFileArgs {
  @Field(() => ID, { description: '委员 — the member.' })
  @IsEntityId('委员')
  memberId: string;

  @Field(() => Int, { description: '年度 — the year, under that year’s saved rules.' })
  @IsRuleYear()
  year: number;
}
