import { AREA, COUNT, decimalProblem, MONEY, normalizeDecimal, parseDecimal } from './decimal.js';

describe('parseDecimal', () => {
  it.each([
    ['a plain integer string', '200000', '200000'],
    ['a string with a fraction', '11897.5', '11897.5'],
    ['leading and trailing zeros', '011897.50', '11897.5'],
    ['surrounding spaces', ' 12.30 ', '12.3'],
    ['negative zero as text', '-0', '0'],
    ['negative zero with a fraction', '-0.00', '0'],
    ['a negative value (refused later by the rule, not here)', '-1.5', '-1.5'],
    ['a whole number', 8200, '8200'],
    ['0.1, through its shortest round-trip text', 0.1, '0.1'],
    ['a float sum keeps every digit it has', 0.1 + 0.2, '0.30000000000000004'],
    ['negative zero as a number', -0, '0'],
    ['1e20, still written without an exponent', 1e20, '100000000000000000000'],
  ])('accepts %s', (_label, input, expected) => {
    expect(parseDecimal(input)).toBe(expected);
  });

  it.each([
    ['a thousands separator', '1,000'],
    ['a unit', '200000元'],
    ['an exponent in text', '1e3'],
    ['1e21, which JavaScript writes with an exponent', 1e21],
    ['a tiny number written with an exponent', 1e-7],
    ['a bare fraction', '.5'],
    ['a trailing point', '5.'],
    ['an explicit plus sign', '+5'],
    ['an empty string', ''],
    ['only spaces', '   '],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a boolean', true],
    ['null', null],
    ['an object', { value: '1' }],
    ['full-width digits', '１２３'],
  ])('refuses %s', (_label, input) => {
    expect(parseDecimal(input)).toBeNull();
  });
});

describe('normalizeDecimal', () => {
  it.each([
    ['0', '0'],
    ['000', '0'],
    ['-0.0', '0'],
    ['0.50', '0.5'],
    ['100', '100'],
    ['100.000', '100'],
    ['-007.10', '-7.1'],
    ['24259000.00', '24259000'],
  ])('writes %s as %s', (input, expected) => {
    expect(normalizeDecimal(input)).toBe(expected);
  });

  it('throws on text that is not a decimal (a programming error, not user input)', () => {
    expect(() => normalizeDecimal('abc')).toThrow('not a decimal');
  });
});

describe('decimalProblem', () => {
  it.each([
    ['money with two decimals', '200000.55', MONEY],
    ['the largest money value', '99999999999999.99', MONEY],
    ['zero', '0', MONEY],
    ['the largest area value', '999999999999.99', AREA],
    ['a whole count', '8200', COUNT],
  ])('accepts %s', (_label, canonical, rule) => {
    expect(decimalProblem(canonical, rule)).toBeNull();
  });

  it.each([
    ['a negative value', '-1', MONEY, '不能为负数'],
    ['three decimals of money', '1.234', MONEY, '最多保留 2 位小数'],
    ['three decimals of area', '11897.125', AREA, '最多保留 2 位小数'],
    ['a fraction of a count', '8200.5', COUNT, '须为整数'],
    ['money beyond numeric(16,2)', '100000000000000', MONEY, '数值过大'],
    ['area beyond numeric(14,2)', '1000000000000', AREA, '数值过大'],
    ['a count beyond 12 digits', '1000000000000', COUNT, '数值过大'],
  ])('refuses %s', (_label, canonical, rule, message) => {
    expect(decimalProblem(canonical, rule)).toBe(message);
  });

  it('checks what parseDecimal made of a JSON number', () => {
    const canonical = parseDecimal(0.1 + 0.2);
    expect(canonical && decimalProblem(canonical, MONEY)).toBe('最多保留 2 位小数');
  });
});
