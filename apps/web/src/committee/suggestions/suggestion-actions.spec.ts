import { describe, expect, it } from '@jest/globals';

import type { CommitteePostKind } from '../../session/session';
import { byUrgency, daysText, percent, stepsFor, type StepSituation } from './suggestion-actions';

const situation = (overrides: Partial<StepSituation>): StepSituation => ({
  status: 'DRAFT',
  round: 1,
  authorIds: ['m1', 'm2'],
  assignments: [
    { unitId: 'u1', role: 'LEAD', endedOn: null },
    { unitId: 'u2', role: 'CO', endedOn: null },
    { unitId: 'u3', role: 'LEAD', endedOn: '2025-01-02' },
  ],
  opinions: [],
  posts: [],
  memberId: null,
  unitId: null,
  ...overrides,
});

const member = (memberId: string) => ({ posts: ['MEMBER'] as CommitteePostKind[], memberId });
const unit = (unitId: string) => ({ posts: ['UNIT'] as CommitteePostKind[], unitId });
const office = { posts: ['OFFICE'] as CommitteePostKind[] };

describe('the steps a suggestion page offers', () => {
  it.each([
    ['a co-author edits and submits a draft', { status: 'DRAFT', ...member('m2') }, ['edit', 'submit', 'delete']],
    ["another member gets nothing on someone's draft", { status: 'DRAFT', ...member('m9') }, []],
    ['the lead author evaluates a reply', { status: 'REPLIED', ...member('m1') }, ['evaluate']],
    ['a co-author does not evaluate', { status: 'REPLIED', ...member('m2') }, []],
    [
      'the office files or declines a submitted one',
      { status: 'SUBMITTED', ...office },
      ['file', 'decline', 'instruct', 'supervise', 'key'],
    ],
    ['the office assigns a filed one', { status: 'FILED', ...office }, ['assign', 'instruct', 'supervise', 'key']],
    ['the office closes an evaluated one', { status: 'EVALUATED', ...office }, ['close', 'instruct', 'supervise', 'key']],
    ['the lead unit replies or returns', { status: 'ASSIGNED', ...unit('u1') }, ['reply', 'return']],
    ['a co-unit sends its opinion or returns', { status: 'ASSIGNED', ...unit('u2') }, ['opinion', 'return']],
    [
      'a co-unit that sent this round only returns',
      { status: 'ASSIGNED', opinions: [{ unitId: 'u2', round: 1 }], ...unit('u2') },
      ['return'],
    ],
    ['a unit whose assignment ended gets nothing', { status: 'ASSIGNED', ...unit('u3') }, []],
    ['a unit gets nothing once replied', { status: 'REPLIED', ...unit('u1') }, []],
  ] as const)('%s', (_name, overrides, expected) => {
    expect(stepsFor(situation(overrides as Partial<StepSituation>))).toEqual(expected);
  });

  it('orders open items red, yellow, green, most urgent first', () => {
    const items = [
      { id: 'g', light: 'GREEN', daysLeft: 20 },
      { id: 'r2', light: 'RED', daysLeft: -1 },
      { id: 'y', light: 'YELLOW', daysLeft: 3 },
      { id: 'r1', light: 'RED', daysLeft: -5 },
    ];
    expect(byUrgency(items).map((item) => item.id)).toEqual(['r1', 'r2', 'y', 'g']);
  });

  it.each([
    ['0.6667', '66.7%'],
    ['1', '100.0%'],
    ['0.0005', '0.1%'],
    ['0.0004', '0.0%'],
    [null, '—'],
  ])('writes the rate %s as %s', (rate, expected) => {
    expect(percent(rate)).toBe(expected);
  });

  it.each([
    [-3, '超期 3 天'],
    [0, '今天到期'],
    [5, '剩 5 天'],
  ])('says %i days left as %s', (days, expected) => {
    expect(daysText(days)).toBe(expected);
  });
});
