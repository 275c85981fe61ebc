import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMinSize } from 'class-validator';

import { IsEntityIdList, IsText } from '@rural/core';

@ArgsType()
export class OutcomeIdsArgs {
  @Field(() => [ID], { description: 'The outcome records, 1 to 100; all change or none does.' })
  @IsEntityIdList('成效记录', 100)
  @ArrayMinSize(1, { message: '请至少选择一条成效记录' })
  ids: string[];
}

@ArgsType()
export class OutcomeIdsWithReasonArgs extends OutcomeIdsArgs {
  @Field({ description: '理由 — why, for the clerk who corrects the records (up to 500 characters).' })
  @IsText('理由', 500)
  reason: string;
}
