import { activityDateProblem } from './activity-date.js';

describe('activityDateProblem', () => {
  const today = '2025-09-18';

  it.each(['2025-09-18', '2025-09-17', '1949-01-01', '2024-02-29'])('accepts %s', (date) => {
    expect(activityDateProblem(date, today)).toBeNull();
  });

  it.each([
    ['2025-09-19', '不能晚于今天'],
    ['2026-01-01', '不能晚于今天'],
    ['1948-12-31', '不能早于 1949 年'],
    ['2025-02-30', '须为真实日期，格式 YYYY-MM-DD'],
    ['2025-9-1', '须为真实日期，格式 YYYY-MM-DD'],
  ])('refuses %s: %s', (date, problem) => {
    expect(activityDateProblem(date, today)).toBe(problem);
  });
});
