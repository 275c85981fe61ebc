import { registerEnumType } from '@nestjs/graphql';

/** A member's grade for a year, from the total and the year's thresholds. */
export enum DutyGrade {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  COMPETENT = 'COMPETENT',
  INCOMPETENT = 'INCOMPETENT',
}

/** The grade's name as a report prints it. */
export const DUTY_GRADE_NAMES: Record<DutyGrade, string> = {
  EXCELLENT: '优秀',
  GOOD: '良好',
  COMPETENT: '称职',
  INCOMPETENT: '不称职',
};

registerEnumType(DutyGrade, {
  name: 'DutyGrade',
  description: '履职等次 — a member’s grade for a year.',
  valuesMap: {
    EXCELLENT: { description: '优秀 — the total reaches the rule set’s excellentFrom.' },
    GOOD: { description: '良好 — the total reaches goodFrom.' },
    COMPETENT: { description: '称职 — the total reaches competentFrom.' },
    INCOMPETENT: { description: '不称职 — the total is below competentFrom.' },
  },
});
