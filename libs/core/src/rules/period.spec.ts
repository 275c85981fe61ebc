import { parsePeriod, periodEnd, periodStart, periodWithin, type Period } from './period.js';

function period(text: string): Period {
  const parsed = parsePeriod(text);
  if (!parsed) throw new Error(`not a period: ${text}`);
  return parsed;
}

describe('parsePeriod', () => {
  it.each([
    ['2025', { kind: 'YEAR', year: 2025, firstMonth: 1, lastMonth: 12 }],
    ['2025Q1', { kind: 'QUARTER', year: 2025, firstMonth: 1, lastMonth: 3 }],
    ['2025Q3', { kind: 'QUARTER', year: 2025, firstMonth: 7, lastMonth: 9 }],
    ['2025Q4', { kind: 'QUARTER', year: 2025, firstMonth: 10, lastMonth: 12 }],
    ['2025-07', { kind: 'MONTH', year: 2025, firstMonth: 7, lastMonth: 7 }],
    ['2025-12', { kind: 'MONTH', year: 2025, firstMonth: 12, lastMonth: 12 }],
    ['1949', { kind: 'YEAR', year: 1949 }],
    ['2100-12', { kind: 'MONTH', year: 2100 }],
  ])('reads %s', (text, expected) => {
    expect(parsePeriod(text)).toMatchObject({ text, ...expected });
  });

  it('trims surrounding spaces and keeps the trimmed text', () => {
    expect(parsePeriod(' 2025Q3 ')?.text).toBe('2025Q3');
  });

  it.each([
    ['a fifth quarter', '2025Q5'],
    ['quarter zero', '2025Q0'],
    ['a lower-case q', '2025q3'],
    ['month 13', '2025-13'],
    ['month 00', '2025-00'],
    ['a one-digit month', '2025-1'],
    ['a two-digit year', '25'],
    ['a full date', '2025-07-01'],
    ['a year before 1949', '1948'],
    ['a year after 2100', '2101'],
    ['a quarter after 2100', '2101Q1'],
    ['a month before 1949', '1900-01'],
    ['Chinese text', '2025年'],
    ['an empty string', ''],
  ])('refuses %s (%s)', (_label, text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});

describe('periodStart and periodEnd', () => {
  it.each([
    ['2025', '2025-01-01', '2025-12-31'],
    ['2025Q1', '2025-01-01', '2025-03-31'],
    ['2025Q2', '2025-04-01', '2025-06-30'],
    ['2025Q4', '2025-10-01', '2025-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-02', '2025-02-01', '2025-02-28'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['2100-02', '2100-02-01', '2100-02-28'],
    ['2025-04', '2025-04-01', '2025-04-30'],
    ['2025-12', '2025-12-01', '2025-12-31'],
  ])('%s runs from %s to %s', (text, start, end) => {
    expect(periodStart(period(text))).toBe(start);
    expect(periodEnd(period(text))).toBe(end);
  });
});

describe('periodWithin', () => {
  it.each([
    ['a month in its quarter', '2025-08', '2025Q3', true],
    ['a month in its year', '2025-02', '2025', true],
    ['a quarter in its year', '2025Q4', '2025', true],
    ['a period in itself', '2025Q3', '2025Q3', true],
    ['a year in itself', '2024', '2024', true],
    ['a year in one of its quarters', '2025', '2025Q1', false],
    ['a quarter in one of its months', '2025Q3', '2025-07', false],
    ['a month in the next quarter', '2025-06', '2025Q3', false],
    ['a month of another year', '2024-12', '2025', false],
    ['a quarter of another year', '2024Q4', '2025', false],
  ])('%s: %s within %s is %s', (_label, inner, outer, expected) => {
    expect(periodWithin(period(inner), period(outer))).toBe(expected);
  });
});
