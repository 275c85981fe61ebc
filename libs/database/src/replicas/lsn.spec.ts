import { formatLsn, laterLsn, parseLsn } from './lsn.js';

describe('WAL positions', () => {
  it('reads PostgreSQL text and prints it back', () => {
    expect(parseLsn('0/3000060')).toBe(0x3000060n);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
    expect(formatLsn(parseLsn('16/B374D848')!)).toBe('16/B374D848');
  });

  it.each([undefined, null, '', '3000060', '0/', 'G/1', '0/123456789', '1/2; drop'])('refuses %p', (text) => {
    expect(parseLsn(text)).toBeNull();
  });

  it('orders positions across the high half', () => {
    expect(parseLsn('1/0')! > parseLsn('0/FFFFFFFF')!).toBe(true);
    expect(laterLsn(parseLsn('1/0'), parseLsn('0/FFFFFFFF'))).toBe(1n << 32n);
    expect(laterLsn(null, 5n)).toBe(5n);
    expect(laterLsn(5n, null)).toBe(5n);
  });
});
