import type { FieldProblem } from '@rural/core';

import { DUTY_FACTS, DutyFact } from './duty-fact.js';

/** A category of points (会议, 活动, …): its items are added, then held between floor and cap. */
export interface DutyCategoryRule {
  code: string;
  name: string;
  cap: number;
  floor: number;
}

/** What one occurrence of a fact is worth, and in which category it counts. */
export interface DutyItemRule {
  fact: DutyFact;
  category: string;
  points: number;
}

/** One year's rules, as an administrator saved them (or as proposed). Whole points only. */
export interface DutyRules {
  year: number;
  /** Points every member starts the year with, outside any category. */
  basePoints: number;
  categories: DutyCategoryRule[];
  items: DutyItemRule[];
  excellentFrom: number;
  goodFrom: number;
  competentFrom: number;
}

export const MIN_RULE_YEAR = 2000;
export const MAX_RULE_YEAR = 2100;
/** Bounds that catch a slipped digit; no real table gives one item more. */
export const MAX_ITEM_POINTS = 100;
export const MAX_CAP = 1000;
const CATEGORY_CODE = /^[A-Z][A-Z0-9_]{0,29}$/;

/**
 * The default table of domain.md ("Members' work"): what a new year is proposed with. A county
 * changes it and saves its own; saved rules, not this, are what scores use.
 */
export function proposedRules(year: number): DutyRules {
  const item = (fact: DutyFact, category: string, points: number): DutyItemRule => ({ fact, category, points });
  return {
    year,
    basePoints: 0,
    categories: [
      { code: 'MEETINGS', name: '会议', cap: 40, floor: 0 },
      { code: 'ACTIVITIES', name: '活动', cap: 15, floor: 0 },
      { code: 'PROPOSALS', name: '提案', cap: 20, floor: 0 },
      { code: 'SOCIAL', name: '社情民意', cap: 10, floor: 0 },
      { code: 'RURAL', name: '服务乡村振兴', cap: 15, floor: 0 },
    ],
    items: [
      item(DutyFact.PLENARY_PRESENT, 'MEETINGS', 10),
      item(DutyFact.PLENARY_EXCUSED, 'MEETINGS', 0),
      item(DutyFact.PLENARY_ABSENT, 'MEETINGS', -10),
      item(DutyFact.STANDING_PRESENT, 'MEETINGS', 4),
      item(DutyFact.STANDING_EXCUSED, 'MEETINGS', 0),
      item(DutyFact.STANDING_ABSENT, 'MEETINGS', -5),
      item(DutyFact.ACTIVITY_PRESENT, 'ACTIVITIES', 2),
      item(DutyFact.SPEECH, 'ACTIVITIES', 5),
      item(DutyFact.WRITTEN_SPEECH, 'ACTIVITIES', 5),
      item(DutyFact.PROPOSAL_FILED_LEAD, 'PROPOSALS', 10),
      item(DutyFact.PROPOSAL_FILED_COSIGNER, 'PROPOSALS', 3),
      item(DutyFact.PROPOSAL_ADOPTED_LEAD, 'PROPOSALS', 5),
      item(DutyFact.PROPOSAL_INSTRUCTED_LEAD, 'PROPOSALS', 5),
      item(DutyFact.SOCIAL_SUBMITTED, 'SOCIAL', 5),
      item(DutyFact.SOCIAL_ADOPTED, 'SOCIAL', 5),
      item(DutyFact.MATCH_BROKERED, 'RURAL', 10),
      item(DutyFact.TEAM_ACTIVITY, 'RURAL', 1),
    ],
    excellentFrom: 90,
    goodFrom: 80,
    competentFrom: 60,
  };
}

/**
 * What is wrong with a rule set, field by field (`categories.2.cap`), in a clerk's words; empty
 * when it can be saved. The database keeps the rule set as one document, so these are its rules.
 */
export function ruleProblems(rules: DutyRules): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  const whole = (value: unknown): value is number => Number.isInteger(value);

  if (!whole(rules.year) || rules.year < MIN_RULE_YEAR || rules.year > MAX_RULE_YEAR) {
    problem('year', `年度须在 ${MIN_RULE_YEAR} 至 ${MAX_RULE_YEAR} 之间`);
  }
  if (!whole(rules.basePoints) || rules.basePoints < 0 || rules.basePoints > MAX_CAP)
    problem('basePoints', `基础分须为 0 至 ${MAX_CAP} 的整数`);

  if (rules.categories.length === 0) problem('categories', '至少需要一个积分类别');
  const codes = new Set<string>();
  rules.categories.forEach((category, index) => {
    const at = `categories.${index}`;
    if (!CATEGORY_CODE.test(category.code)) problem(`${at}.code`, '类别代码须为大写字母开头的字母、数字或下划线，最多 30 个字符');
    else if (codes.has(category.code)) problem(`${at}.code`, `类别代码“${category.code}”重复`);
    codes.add(category.code);
    if (!category.name?.trim() || category.name.length > 20) problem(`${at}.name`, '类别名称不能为空，最多 20 个字符');
    if (!whole(category.cap) || category.cap < 0 || category.cap > MAX_CAP) problem(`${at}.cap`, `封顶分须为 0 至 ${MAX_CAP} 的整数`);
    else if (!whole(category.floor) || category.floor < 0 || category.floor > category.cap) {
      problem(`${at}.floor`, '保底分须为不小于 0、不大于封顶分的整数');
    }
  });

  const facts = new Set<DutyFact>();
  rules.items.forEach((item, index) => {
    const at = `items.${index}`;
    if (!DUTY_FACTS.includes(item.fact)) problem(`${at}.fact`, '履职事项不正确');
    else if (facts.has(item.fact)) problem(`${at}.fact`, `履职事项 ${item.fact} 已有计分规则，每项只能出现一次`);
    facts.add(item.fact);
    if (!codes.has(item.category)) problem(`${at}.category`, `积分类别“${item.category}”不在本规则的类别中`);
    if (!whole(item.points) || Math.abs(item.points) > MAX_ITEM_POINTS) {
      problem(`${at}.points`, `每次分值须为 -${MAX_ITEM_POINTS} 至 ${MAX_ITEM_POINTS} 的整数（扣分为负数）`);
    }
  });

  if (!whole(rules.competentFrom) || rules.competentFrom < 0) problem('competentFrom', '称职分数线须为不小于 0 的整数');
  if (!whole(rules.goodFrom) || rules.goodFrom <= rules.competentFrom) problem('goodFrom', '良好分数线须为整数，且高于称职分数线');
  if (!whole(rules.excellentFrom) || rules.excellentFrom <= rules.goodFrom)
    problem('excellentFrom', '优秀分数线须为整数，且高于良好分数线');
  return problems;
}
