import { isAfter } from './signed-on.rule.js';

describe('signed-on rule', () => {
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
