import { todayIn } from './county-calendar.js';

describe('todayIn', () => {
  it("takes the date in the county's time zone, not the server's", () => {
    // 20:30 UTC on the 17th is 04:30 on the 18th in 东兰县.
    const evening = new Date('2025-09-17T20:30:00Z');
    expect(todayIn('Asia/Shanghai', evening)).toBe('2025-09-18');
    expect(todayIn('UTC', evening)).toBe('2025-09-17');
  });

  it('pads months and days', () => {
    expect(todayIn('Asia/Shanghai', new Date('2025-01-04T00:00:00Z'))).toBe('2025-01-04');
  });
});
