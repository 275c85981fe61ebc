import { Field, ID, InputType } from '@nestjs/graphql';

import { IsEntityId, IsEntityIdList, IsText } from '@rural/core';

@InputType({ description: 'A new committee member.' })
export class CreateMemberInput {
  @Field({ description: "姓名 — the member's name." })
  @IsText('姓名', 50)
  name: string;

  @Field(() => String, { nullable: true, description: '界别 — the sector the member sits for, e.g. 经济界; optional.' })
  @IsText('界别', 100, { optional: true })
  sector?: string | null;

  @Field(() => String, { nullable: true, description: "职务 — the member's title or position; optional." })
  @IsText('职务', 200, { optional: true })
  title?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '所属政协 — the division whose CPPCC committee the member sits on (usually a county); optional, within your own division.',
  })
  @IsEntityId('所属政协', { optional: true })
  divisionId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: '所属企业 — the enterprises the member owns or represents, each once; on update the list replaces the old one.',
  })
  @IsEntityIdList('所属企业', 50, { optional: true })
  enterpriseIds?: string[] | null;
}
