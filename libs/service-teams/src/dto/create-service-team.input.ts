import { Field, ID, InputType } from '@nestjs/graphql';
import { ValidateBy } from 'class-validator';

import { IsEntityId, IsEntityIdList, IsText } from '@rural/core';

/** The leader heads the team and is credited as such; listing them as a member too would count them twice. */
function ExcludesLeader(): PropertyDecorator {
  return ValidateBy({
    name: 'excludesLeader',
    validator: {
      validate: (value: unknown, args) => {
        const leaderId = (args?.object as { leaderId?: unknown } | undefined)?.leaderId;
        return !Array.isArray(value) || !value.includes(leaderId);
      },
      defaultMessage: () => '团长不能同时列为服务团成员，请从成员中去掉',
    },
  });
}

@InputType({ description: 'A new agricultural technology-service team (农业科技服务团).' })
export class CreateServiceTeamInput {
  @Field({ description: "名称 — the team's name, e.g. 东兰县农业科技服务团." })
  @IsText('服务团名称', 200)
  name: string;

  @Field(() => ID, { description: '团长 — the member who leads the team.' })
  @IsEntityId('团长')
  leaderId: string;

  @Field(() => [ID], { defaultValue: [], description: '成员 — the other members serving on the team, distinct and without the leader.' })
  @IsEntityIdList('服务团成员')
  @ExcludesLeader()
  memberIds: string[];
}
