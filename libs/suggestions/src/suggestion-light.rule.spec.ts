import { SuggestionLight } from './suggestion-light.js';
import { daysLeft, lightOf } from './suggestion-light.rule.js';
import { SuggestionStatus } from './suggestion-status.js';

describe('lightOf', () => {
  const today = '2024-06-10';

  it.each([
    ['2024-06-20', 7, SuggestionLight.GREEN],
    ['2024-06-18', 7, SuggestionLight.GREEN],
    ['2024-06-17', 7, SuggestionLight.YELLOW],
    ['2024-06-13', 7, SuggestionLight.YELLOW],
    ['2024-06-10', 7, SuggestionLight.YELLOW],
    ['2024-06-09', 7, SuggestionLight.RED],
    ['2024-06-13', 2, SuggestionLight.GREEN],
    ['2024-06-12', 2, SuggestionLight.YELLOW],
    ['2024-06-10', 0, SuggestionLight.YELLOW],
  ])('deadline %s with %i yellow days → %s', (deadline, yellowDays, expected) => {
    expect(lightOf({ status: SuggestionStatus.ASSIGNED, deadline, today, yellowDays })).toBe(expected);
  });

  it.each([SuggestionStatus.FILED, SuggestionStatus.REPLIED, SuggestionStatus.CLOSED])('gives no light to a %s item', (status) => {
    expect(lightOf({ status, deadline: '2024-06-01', today, yellowDays: 7 })).toBeNull();
  });
});

describe('daysLeft', () => {
  it('counts days to the deadline, negative when overdue', () => {
    expect(daysLeft('2024-06-20', '2024-06-10')).toBe(10);
    expect(daysLeft('2024-06-09', '2024-06-10')).toBe(-1);
    expect(daysLeft(null, '2024-06-10')).toBeNull();
  });
});
