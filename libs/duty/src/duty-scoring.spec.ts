import { DutyFact } from './duty-fact.js';
import { DutyGrade } from './duty-grade.js';
import { proposedRules, ruleProblems, type DutyRules } from './duty-rules.js';
import { competitionRanks, gradeOf, scoreFacts } from './duty-scoring.js';
import { factOfCredit } from './suggestion-facts.js';

const rules = proposedRules(2024);

describe('scoreFacts: the worked example of domain.md (2024, default rules)', () => {
  it('Member A: 会议 17, 活动 15, 提案 18, 社情民意 10, 服务乡村振兴 15 → 75, 称职', () => {
    // P1 lead, filed and replied A; P2 co-signer, filed; P3 lead, submitted but not filed.
    const credits = [
      { kind: 'PROPOSAL', event: 'SUBMITTED', lead: true },
      { kind: 'PROPOSAL', event: 'FILED', lead: true },
      { kind: 'PROPOSAL', event: 'ADOPTED', lead: true },
      { kind: 'PROPOSAL', event: 'SUBMITTED', lead: false },
      { kind: 'PROPOSAL', event: 'FILED', lead: false },
      { kind: 'PROPOSAL', event: 'SUBMITTED', lead: true },
      { kind: 'SOCIAL_CONDITIONS', event: 'SUBMITTED', lead: true },
      { kind: 'SOCIAL_CONDITIONS', event: 'FILED', lead: true },
      { kind: 'SOCIAL_CONDITIONS', event: 'ADOPTED', lead: true },
    ] as const;
    const counts: Partial<Record<DutyFact, number>> = {
      PLENARY_PRESENT: 1,
      STANDING_PRESENT: 3,
      STANDING_ABSENT: 1,
      ACTIVITY_PRESENT: 5,
      WRITTEN_SPEECH: 1,
      MATCH_BROKERED: 1,
      TEAM_ACTIVITY: 8,
    };
    for (const credit of credits) {
      const fact = factOfCredit(credit);
      if (fact) counts[fact] = (counts[fact] ?? 0) + 1;
    }

    const score = scoreFacts(rules, counts);

    expect(score.categories.map((category) => [category.name, category.raw, category.counted])).toEqual([
      ['会议', 17, 17],
      ['活动', 15, 15],
      ['提案', 18, 18],
      ['社情民意', 10, 10],
      ['服务乡村振兴', 18, 15],
    ]);
    expect(score.total).toBe(75);
    expect(score.grade).toBe(DutyGrade.COMPETENT);
  });

  it('Member B: 会议 −2 held at 0, nothing else → 0, 不称职', () => {
    const score = scoreFacts(rules, { PLENARY_ABSENT: 1, STANDING_PRESENT: 2 });
    expect(score.categories[0]).toMatchObject({ code: 'MEETINGS', raw: -2, counted: 0 });
    expect(score.total).toBe(0);
    expect(score.grade).toBe(DutyGrade.INCOMPETENT);
  });
});

describe('scoreFacts: caps, floors, base points', () => {
  it('holds a category at its cap and at its floor', () => {
    const score = scoreFacts(rules, { PLENARY_PRESENT: 5, ACTIVITY_ABSENT: 3, SPEECH: 1 });
    expect(score.categories.find((category) => category.code === 'MEETINGS')).toMatchObject({ raw: 50, counted: 40 });
    expect(score.categories.find((category) => category.code === 'ACTIVITIES')).toMatchObject({ raw: 5, counted: 5 });
  });

  it('a floor above 0 lifts an empty category; base points count outside the categories', () => {
    const lifted: DutyRules = { ...rules, basePoints: 50, categories: rules.categories.map((category) => ({ ...category, floor: 2 })) };
    expect(scoreFacts(lifted, {}).total).toBe(50 + 5 * 2);
  });

  it('a fact without an item is worth nothing', () => {
    expect(scoreFacts(rules, { PROPOSAL_SUBMITTED_LEAD: 9, REPORT_SUBMITTED: 4 }).total).toBe(0);
  });
});

describe('gradeOf: the thresholds are the least total of each grade', () => {
  it.each([
    [100, DutyGrade.EXCELLENT],
    [90, DutyGrade.EXCELLENT],
    [89, DutyGrade.GOOD],
    [80, DutyGrade.GOOD],
    [79, DutyGrade.COMPETENT],
    [60, DutyGrade.COMPETENT],
    [59, DutyGrade.INCOMPETENT],
    [0, DutyGrade.INCOMPETENT],
  ])('%i → %s', (total, grade) => {
    expect(gradeOf(rules, total)).toBe(grade);
  });
});

describe('competitionRanks', () => {
  it('equal totals share a place; the next takes the place after them all', () => {
    expect(competitionRanks([75, 75, 60, 0, 0, 0, -1])).toEqual([1, 1, 3, 4, 4, 4, 7]);
    expect(competitionRanks([])).toEqual([]);
  });
});

describe('ruleProblems', () => {
  it('accepts the proposal', () => {
    expect(ruleProblems(rules)).toEqual([]);
  });

  it.each<[string, string, (rules: DutyRules) => DutyRules]>([
    ['a negative cap', 'categories.2.cap', (r) => ({ ...r, categories: r.categories.map((c, i) => (i === 2 ? { ...c, cap: -1 } : c)) })],
    [
      'a floor above the cap',
      'categories.0.floor',
      (r) => ({ ...r, categories: r.categories.map((c, i) => (i === 0 ? { ...c, floor: 41 } : c)) }),
    ],
    ['a repeated category code', 'categories.5.code', (r) => ({ ...r, categories: [...r.categories, { ...r.categories[0] }] })],
    [
      'an unknown category',
      'items.3.category',
      (r) => ({ ...r, items: r.items.map((item, i) => (i === 3 ? { ...item, category: 'NONE' } : item)) }),
    ],
    ['a fact twice', `items.${rules.items.length}.fact`, (r) => ({ ...r, items: [...r.items, { ...r.items[0] }] })],
    ['thresholds not descending', 'excellentFrom', (r) => ({ ...r, goodFrom: 95 })],
    ['good not above competent', 'goodFrom', (r) => ({ ...r, goodFrom: 60 })],
    [
      'fractional points',
      'items.0.points',
      (r) => ({ ...r, items: r.items.map((item, i) => (i === 0 ? { ...item, points: 0.5 } : item)) }),
    ],
    ['a year out of range', 'year', (r) => ({ ...r, year: 1999 })],
  ])('refuses %s (%s)', (_case, field, change) => {
    expect(ruleProblems(change(rules)).map((problem) => problem.field)).toContain(field);
  });
});
