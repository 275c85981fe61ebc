import { isAfter, todayIn } from './signed-on.rule.js';

describe('signed-on rule', () => {
  it('takes today from the county\'s calendar, not UTC', () => {
    // 20:30 UTC on the 17th is 04:30 on the 18th in 东兰县.
    expect(todayIn('Asia/Shanghai', new Date('2025-09-17T20:30:00Z'))).toBe('2025-09-18');
    expect(todayIn('UTC', new Date('2025-09-17T20:30:00Z'))).toBe('2025-09-17');
  });

  it('pads months and days', () => {
    expect(todayIn('Asia/Shanghai', new Date('2025-01-04T00:00:00Z'))).toBe('2025-01-04');
  });

  it.each([
    ['2025-09-18', '2025-09-18', false],
    ['2025-09-17', '2025-09-18', false],
    ['2025-09-19', '2025-09-18', true],
    ['2026-01-01', '2025-12-31', true],
    ['2024-12-31', '2025-01-01', false],
  ])('%s after %s: %s', (date, today, expected) => {
    expect(isAfter(date, today)).toBe(expected);
  });
});
