import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { DateScalar } from '@rural/core';
import { MatchStatus } from '@rural/matches';
import { Member } from '@rural/members';
import { ImpactFigures } from '@rural/reporting';

import { DutyEvidenceKind } from '../duty-evidence-kind.js';
import { DutyFact } from '../duty-fact.js';
import { DutyGrade } from '../duty-grade.js';
import { DutyRuleSet } from '../duty-rule-set.entity.js';

@ObjectType({
  description: '类别得分 — a member’s points in one category: the items added (raw), then held between floor and cap (counted).',
})
export class DutyCategoryScore {
  @Field({ description: '类别代码 — the category’s code, e.g. MEETINGS.' })
  code: string;

  @Field({ description: '类别名称 — e.g. 会议.' })
  name: string;

  @Field(() => Int, { description: '封顶分 — the category’s cap in the year’s rules.' })
  cap: number;

  @Field(() => Int, { description: '保底分 — the category’s floor in the year’s rules.' })
  floor: number;

  @Field(() => Int, { description: '原始分 — the items’ points added up, before floor and cap.' })
  raw: number;

  @Field(() => Int, { description: '计入分 — the points that count: raw held between floor and cap.' })
  counted: number;
}

@ObjectType({ description: '排名行 — one member’s place, total, grade and category points in a year’s ranking.' })
export class DutyRankingRow {
  @Field(() => Int, { description: '名次 — the place; equal totals share one, and the next place skips (1, 1, 3).' })
  rank: number;

  @Field(() => Member, { description: '委员 — the member.' })
  member: Member;

  @Field(() => Int, { description: '总分 — base points plus every category’s counted points.' })
  total: number;

  @Field(() => DutyGrade, { description: '等次 — the grade the total earns.' })
  grade: DutyGrade;

  @Field(() => [DutyCategoryScore], { description: '类别得分 — in the rule set’s order.' })
  categories: DutyCategoryScore[];
}

@ObjectType({ description: '履职积分排名 — a year’s ranking of members, highest total first, a page at a time.' })
export class DutyRanking {
  @Field(() => Int, { description: '年度 — the year ranked.' })
  year: number;

  @Field(() => DutyRuleSet, { description: '积分规则 — the year’s rules the scores use.' })
  ruleSet: DutyRuleSet;

  @Field(() => [DutyRankingRow], { description: 'This page’s rows.' })
  items: DutyRankingRow[];

  @Field(() => Int, { description: 'How many members are ranked in all.' })
  totalItems: number;
}

@ObjectType({ description: '积分明细 — points from one record: a fact, how often, what each is worth, and the record it comes from.' })
export class DutyPoint {
  @Field(() => DutyFact, { description: '履职事项 — the fact.' })
  fact: DutyFact;

  @Field(() => String, {
    nullable: true,
    description: '所属类别 — the category code the points go to; null when the year’s rules do not reward the fact.',
  })
  category: string | null;

  @Field(() => Int, { description: '次数 — how many times the fact happened in this record (e.g. two speeches).' })
  quantity: number;

  @Field(() => Int, { description: '分值 — points for each time, in the year’s rules (0 when not rewarded).' })
  pointsEach: number;

  @Field(() => Int, { description: '小计 — quantity times pointsEach, before the category’s floor and cap.' })
  points: number;

  @Field(() => DutyEvidenceKind, { description: '依据类型 — the kind of record.' })
  sourceKind: DutyEvidenceKind;

  @Field(() => ID, { description: '依据编号 — the record’s id (a duty event, suggestion, match or service activity).' })
  sourceId: string;

  @Field({ description: '依据 — the record’s title as people know it.' })
  title: string;

  @Field(() => DateScalar, { description: '日期 — when it happened (for a match: since when it was in force).' })
  on: string;
}

/** Plain values rather than a Match: a report, read and exported as it stands. */
@ObjectType({ description: '对接年度成效 — a match the member brokers, with its figures for the year.' })
export class DutyMatchYear {
  @Field(() => ID, { description: '对接编号 — the match’s id, to open it.' })
  matchId: string;

  @Field({ description: '对接 — the enterprise and the village, e.g. 某企业·东里村.' })
  title: string;

  @Field(() => MatchStatus, { description: '状态 — where the match stands now.' })
  status: MatchStatus;

  @Field(() => DateScalar, { nullable: true, description: '签约日期 — the day the agreement was signed, when known.' })
  signedOn: string | null;

  @Field(() => ImpactFigures, { description: '年度成效 — the match’s approved figures with the year as the period range.' })
  figures: ImpactFigures;
}

@ObjectType({
  description: '一人一档 — a member’s year: every point with its evidence, category points, total, grade and the matches’ figures.',
})
export class DutyFile {
  @Field(() => Member, { description: '委员 — the member.' })
  member: Member;

  @Field(() => Int, { description: '年度 — the year.' })
  year: number;

  @Field(() => DutyRuleSet, { description: '积分规则 — the year’s rules used.' })
  ruleSet: DutyRuleSet;

  @Field(() => Int, { description: '基础分 — the rules’ base points.' })
  basePoints: number;

  @Field(() => [DutyCategoryScore], { description: '类别得分 — in the rule set’s order.' })
  categories: DutyCategoryScore[];

  @Field(() => Int, { description: '总分 — base points plus every category’s counted points.' })
  total: number;

  @Field(() => DutyGrade, { description: '等次 — the grade the total earns.' })
  grade: DutyGrade;

  @Field(() => [DutyPoint], { description: '积分明细 — every fact of the year with its record, by date.' })
  points: DutyPoint[];

  @Field(() => [DutyMatchYear], { description: '对接成效 — the matches the member brokers in your division, with the year’s figures.' })
  brokeredMatches: DutyMatchYear[];
}
