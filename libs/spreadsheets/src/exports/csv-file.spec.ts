import { csvField, csvRecord } from './csv-file.js';

describe('csvField (RFC 4180)', () => {
  it.each([
    ['葡萄', '葡萄'],
    ['葡萄,草莓', '"葡萄,草莓"'],
    ['“阳光玫瑰”"x"', '"“阳光玫瑰”""x"""'],
    ['支部+基地\n+农户', '"支部+基地\n+农户"'],
    ['a\rb', '"a\rb"'],
    [120.5, '120.5'],
    [null, ''],
    [new Date('2024-03-15T00:00:00Z'), '2024-03-15'],
  ])('writes %j as %j', (cell, field) => {
    expect(csvField(cell)).toBe(field);
  });

  it('ends a record with CRLF', () => {
    expect(csvRecord(['县', null, 2])).toBe('县,,2\r\n');
  });
});
