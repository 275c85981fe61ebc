import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, Max, Min } from 'class-validator';

import { DeadlineUnit } from '../deadline-unit.js';

@InputType({ description: '期限规则 — a deadline counted from the day of assignment: N months, N calendar days or N working days.' })
export class DeadlineRuleInput {
  @Field(() => DeadlineUnit, { description: '计法 — months, calendar days or working days.' })
  @IsEnum(DeadlineUnit, { message: '期限计法须为月、自然日或工作日' })
  unit: DeadlineUnit;

  @Field(() => Int, { description: '数量 — how many months or days, 1 to 366.' })
  @IsInt({ message: '期限须为整数' })
  @Min(1, { message: '期限至少为 1' })
  @Max(366, { message: '期限最多为 366' })
  amount: number;
}
