import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';

import { AllOptional } from '@rural/core';

@ArgsType()
@AllOptional()
export class SummaryTextArgs {
  @Field(() => Boolean, { nullable: true, description: '含未审核 — also count records not yet approved (editors and administrators).' })
  @IsOptional()
  @IsBoolean({ message: 'includeUnapproved 须为 true 或 false' })
  includeUnapproved?: boolean | null;
}
