import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { ImpactFigures } from './impact-figures.js';

@ObjectType({ description: '分组成效 — the figures of one group of an impact report.' })
export class ImpactGroup {
  @Field(() => ID, {
    nullable: true,
    description: 'The group: an id, or a period such as "2025Q3"; null for the records not broken down this way.',
  })
  key: string | null;

  @Field({ description: "名称 — the group's name for people, e.g. 武篆镇, 2025年第3季度, 未分解到乡镇." })
  label: string;

  @Field(() => ImpactFigures, { description: "The group's figures." })
  figures: ImpactFigures;
}

@ObjectType({ description: '成效报告 — totals, and groups when asked for, that a leader can quote.' })
export class ImpactReport {
  @Field(() => ImpactFigures, { description: '合计 — every record in scope counted once.' })
  totals: ImpactFigures;

  @Field(() => [ImpactGroup], { description: '分组 — empty without groupBy.' })
  groups: ImpactGroup[];

  @Field({ description: 'True when one record can sit in several groups (MEMBER), so groups do not add up to the totals.' })
  groupsOverlap: boolean;

  @Field(() => Int, { description: '分组总数 — how many groups the report has; more than `groups` holds when `top` kept fewer.' })
  groupCount: number;

  @Field(() => Int, { description: '未计入记录数 — records that overlap the period range but do not lie inside it.' })
  excludedRecords: number;
}
