import type { DutyFact } from './duty-fact.js';
import { DutyGrade } from './duty-grade.js';
import type { DutyCategoryRule, DutyRules } from './duty-rules.js';

/** A category's points for one member: the items added (raw), then held between floor and cap (counted). */
export interface CategoryScore extends DutyCategoryRule {
  raw: number;
  counted: number;
}

export interface DutyScore {
  categories: CategoryScore[];
  basePoints: number;
  total: number;
  grade: DutyGrade;
}

/** How many times each fact happened for one member in the year; a fact left out happened never. */
export type FactCounts = Partial<Record<DutyFact, number>>;

/**
 * One member's score under one year's rules: each rewarded fact times its points into its
 * category, each category held between its floor and its cap (so absence never takes a member
 * below the floor and work past the cap does not count), the base points and the categories added
 * up, and the grade from the thresholds. Facts without an item are worth nothing.
 */
export function scoreFacts(rules: DutyRules, counts: FactCounts): DutyScore {
  const raw = new Map(rules.categories.map((category) => [category.code, 0]));
  for (const item of rules.items) {
    const times = counts[item.fact] ?? 0;
    raw.set(item.category, (raw.get(item.category) ?? 0) + times * item.points);
  }
  const categories = rules.categories.map((category) => {
    const sum = raw.get(category.code) ?? 0;
    return { ...category, raw: sum, counted: Math.min(category.cap, Math.max(category.floor, sum)) };
  });
  const total = rules.basePoints + categories.reduce((sum, category) => sum + category.counted, 0);
  return { categories, basePoints: rules.basePoints, total, grade: gradeOf(rules, total) };
}

/** The grade a total earns: each threshold is the least total of its grade. */
export function gradeOf(rules: Pick<DutyRules, 'excellentFrom' | 'goodFrom' | 'competentFrom'>, total: number): DutyGrade {
  if (total >= rules.excellentFrom) return DutyGrade.EXCELLENT;
  if (total >= rules.goodFrom) return DutyGrade.GOOD;
  if (total >= rules.competentFrom) return DutyGrade.COMPETENT;
  return DutyGrade.INCOMPETENT;
}

/** Places in a ranking: equal totals share a place, the next total takes the place after them all (1, 1, 3). */
export function competitionRanks(totalsDescending: readonly number[]): number[] {
  const ranks: number[] = [];
  totalsDescending.forEach((total, index) => {
    ranks.push(index > 0 && totalsDescending[index - 1] === total ? ranks[index - 1] : index + 1);
  });
  return ranks;
}
