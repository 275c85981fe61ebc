import { UserInputError } from '@rural/core';

import { periodBounds } from './period-range.js';

describe('periodBounds', () => {
  it.each([
    ['2025', '2025', { firstDay: '2025-01-01', lastDay: '2025-12-31' }],
    ['2025Q2', '2025Q3', { firstDay: '2025-04-01', lastDay: '2025-09-30' }],
    ['2024-02', '2024-02', { firstDay: '2024-02-01', lastDay: '2024-02-29' }],
    ['2025', '2025Q1', { firstDay: '2025-01-01', lastDay: '2025-03-31' }],
    ['2025Q4', undefined, { firstDay: '2025-10-01' }],
    [undefined, '2025-07', { lastDay: '2025-07-31' }],
    [undefined, undefined, {}],
  ])('turns %s–%s into days', (from, to, bounds) => {
    expect(periodBounds(from, to)).toEqual(bounds);
  });

  it('refuses a range that ends before it starts, on `to`', () => {
    expect(() => periodBounds('2025Q2', '2025Q1')).toThrow(UserInputError);
    expect(() => periodBounds('2026', '2025')).toThrow(
      expect.objectContaining({ fields: [{ field: 'to', message: '结束期间不能早于开始期间' }] }),
    );
  });

  it('refuses text that is not a period', () => {
    expect(() => periodBounds('2025Q5', null)).toThrow(UserInputError);
    expect(() => periodBounds(null, '25')).toThrow(UserInputError);
  });
});
