import { formatCount, formatYuan, isPositive } from './chinese-figures.js';

export interface MatchFacts {
  brokers: string[];
  enterprise: string;
  town: string | null;
  village: string;
  base: string | null;
  operatingModel: string | null;
  industry: string | null;
  /** The latest year with records, and that year's flows; null when there are none. */
  year: string | null;
  householdRentYuan: string | null;
  jobsPersonTimes: string | null;
  collectiveIncomeYuan: string | null;
  atLeast: boolean;
}

export interface TeamFacts {
  leader: string;
  team: string;
  towns: number;
  villages: number;
  bases: number;
  areaMu: string;
  outputValueYuan: string;
  atLeast: boolean;
}

/**
 * 共耕社's sentence, from data: "梁贤勇委员牵线，…在武篆镇东里村建立共耕社产业园，采取“支部+基地+农户”模式，
 * 发展…产业，2024年使农户获得农田租金共20余万元，提供务工岗位8200余人次，为村级集体经济增收10万元以上。"
 * Missing facts drop their clause rather than print "0" or "null".
 */
export function matchSentence(facts: MatchFacts): string {
  const who = facts.brokers.length > 0 ? `${facts.brokers.join('、')}委员牵线，${facts.enterprise}` : facts.enterprise;
  const place = `${facts.town ?? ''}${facts.village}`;
  const clauses = [facts.base ? `${who}在${place}建立${facts.base}` : `${who}与${place}开展合作`];
  if (facts.operatingModel) clauses.push(`采取“${facts.operatingModel}”模式`);
  if (facts.industry) clauses.push(`发展${facts.industry}产业`);

  const results: string[] = [];
  if (isPositive(facts.householdRentYuan)) results.push(`使农户获得农田租金共${formatYuan(facts.householdRentYuan, facts.atLeast, '余')}`);
  if (isPositive(facts.jobsPersonTimes)) results.push(`提供务工岗位${formatCount(facts.jobsPersonTimes, '人次', facts.atLeast, '余')}`);
  if (isPositive(facts.collectiveIncomeYuan))
    results.push(`为村级集体经济增收${formatYuan(facts.collectiveIncomeYuan, facts.atLeast, '以上')}`);
  if (results.length > 0 && facts.year) results[0] = `${facts.year}年${results[0]}`;
  else if (results.length === 0) results.push('暂无成效数据');

  return `${[...clauses, ...results].join('，')}。`;
}

/**
 * The service team's sentence: "韦建东委员带领农业科技服务团深入10个乡镇19个村19个基地开展科技服务活动，
 * 服务基地面积11897亩，产值2425.9万元。" Reach not known (kept only as a county total) is left out.
 */
export function teamSentence(facts: TeamFacts): string {
  const reach = [
    facts.towns > 0 ? `${facts.towns}个乡镇` : '',
    facts.villages > 0 ? `${facts.villages}个村` : '',
    facts.bases > 0 ? `${facts.bases}个基地` : '',
  ].join('');
  const head = `${facts.leader}委员带领${facts.team}${reach ? `深入${reach}` : ''}开展科技服务活动`;
  const results: string[] = [];
  if (isPositive(facts.areaMu)) results.push(`服务基地面积${formatCount(facts.areaMu, '亩', facts.atLeast, '余')}`);
  if (isPositive(facts.outputValueYuan)) results.push(`产值${formatYuan(facts.outputValueYuan, facts.atLeast, '余')}`);
  return `${[head, ...results].join('，')}。`;
}
