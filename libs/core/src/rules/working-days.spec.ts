import {
  addCalendarDays,
  addMonths,
  addWorkingDays,
  CalendarNotCoveredError,
  daysBetween,
  deadlineAfter,
  holidaysCovered,
} from './working-days.js';

describe('addMonths', () => {
  it.each([
    ['2024-03-01', 3, '2024-06-01'],
    ['2024-01-31', 3, '2024-04-30'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2024-10-15', 3, '2025-01-15'],
  ])('%s + %i months → %s (a missing day is the month’s last)', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});

describe('calendar days', () => {
  it('adds and counts across a month and a leap day', () => {
    expect(addCalendarDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });
});

describe('addWorkingDays on China’s official calendar', () => {
  it('skips the 2024 National Day holiday and counts the 调休 Saturday: 15 after 2024-09-30 → 2024-10-25', () => {
    expect(addWorkingDays('2024-09-30', 15)).toBe('2024-10-25');
  });

  it('skips a plain weekend', () => {
    // Friday 2024-03-01 + 1 working day → Monday 2024-03-04.
    expect(addWorkingDays('2024-03-01', 1)).toBe('2024-03-04');
  });

  it('knows which years the package covers', () => {
    expect(holidaysCovered(2004)).toBe(true);
    expect(holidaysCovered(2026)).toBe(true);
    expect(holidaysCovered(2003)).toBe(false);
    expect(holidaysCovered(2099)).toBe(false);
  });

  it('refuses a count that runs into a year the package does not cover', () => {
    let thrown: unknown;
    try {
      addWorkingDays('2026-12-20', 15);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CalendarNotCoveredError);
    expect((thrown as CalendarNotCoveredError).year).toBe(2027);
    expect((thrown as Error).message).toContain('2027年的法定节假日安排尚未收录');
  });

  it('refuses a start in an uncovered year', () => {
    expect(() => addWorkingDays('2099-03-01', 5)).toThrow(CalendarNotCoveredError);
  });
});

describe('deadlineAfter', () => {
  it.each([
    [{ unit: 'MONTHS', amount: 3 }, '2024-06-01'],
    [{ unit: 'CALENDAR_DAYS', amount: 30 }, '2024-03-31'],
    [{ unit: 'WORKING_DAYS', amount: 1 }, '2024-03-04'],
  ] as const)('%j from 2024-03-01 → %s', (rule, expected) => {
    expect(deadlineAfter('2024-03-01', rule)).toBe(expected);
  });
});
