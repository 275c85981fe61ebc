import { isIsoDate } from './iso-date.js';

describe('isIsoDate', () => {
  it.each(['2025-09-18', '2024-02-29', '2000-02-29', '2025-12-31', '1949-10-01', '2025-01-01'])('accepts %s', (text) => {
    expect(isIsoDate(text)).toBe(true);
  });

  it.each([
    ['February 29 of a common year', '2025-02-29'],
    ['February 29 of a century that is not a leap year', '1900-02-29'],
    ['February 30', '2025-02-30'],
    ['April 31', '2025-04-31'],
    ['month 13', '2025-13-01'],
    ['month 00', '2025-00-10'],
    ['day 00', '2025-09-00'],
    ['one-digit month and day', '2025-9-18'],
    ['slashes', '2025/09/18'],
    ['a time part', '2025-09-18T00:00:00Z'],
    ['Chinese writing', '2025年9月18日'],
    ['year 0, which PostgreSQL refuses', '0000-01-01'],
    ['surrounding spaces (callers trim)', ' 2025-09-18 '],
    ['an empty string', ''],
  ])('refuses %s (%s)', (_label, text) => {
    expect(isIsoDate(text)).toBe(false);
  });
});
