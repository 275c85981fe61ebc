import { rate } from './suggestion-rates.rule.js';

describe('rate', () => {
  it.each([
    [2, 3, '0.6667'],
    [1, 3, '0.3333'],
    [3, 3, '1.0000'],
    [0, 4, '0.0000'],
    [1, 8, '0.1250'],
    [1, 16, '0.0625'],
    [1, 32, '0.0313'],
    [7, 9, '0.7778'],
  ])('%i of %i → %s', (part, whole, expected) => {
    expect(rate(part, whole)).toBe(expected);
  });

  it('has no rate when nothing was counted', () => {
    expect(rate(0, 0)).toBeNull();
  });
});
