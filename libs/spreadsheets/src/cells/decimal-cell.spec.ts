import { AREA, COUNT, MONEY } from '@rural/core';

import { AREA_UNITS, MONEY_UNITS } from '../columns/column.js';
import { parseDecimalCell } from './decimal-cell.js';
import { multiplyDecimal } from './exact-multiply.js';

const [MU, HECTARE] = AREA_UNITS;
const [YUAN, WAN_YUAN] = MONEY_UNITS;
const PERSON_TIMES = { label: '人次', factor: '1' };

describe('multiplyDecimal', () => {
  it.each([
    ['8.1', '15', '121.5'],
    ['0.1', '15', '1.5'],
    ['2425.9', '10000', '24259000'],
    ['0.00001', '10000', '0.1'],
    ['12345678901234.56', '10000', '123456789012345600'],
    ['0', '15', '0'],
    ['-2', '1.5', '-3'],
  ])('%s × %s = %s', (left, right, product) => {
    expect(multiplyDecimal(left, right)).toBe(product);
  });
});

describe('parseDecimalCell', () => {
  it.each([
    ['a number cell', 120.5, AREA, MU, '120.5'],
    ['0.1 stays exact', 0.1, AREA, MU, '0.1'],
    ['text with spaces', ' 120.50 ', AREA, MU, '120.5'],
    ['全角 digits', '１２０．５', AREA, MU, '120.5'],
    ['thousands separators', '1,234,567.5', MONEY, YUAN, '1234567.5'],
    ['全角 thousands separators', '１，２３４', MONEY, YUAN, '1234'],
    ['the unit repeated', '120亩', AREA, MU, '120'],
    ['公顷 → 亩 ×15', '8.1', AREA, HECTARE, '121.5'],
    ['公顷 number → 亩', 0.2, AREA, HECTARE, '3'],
    ['万元 → 元 ×10000', '2425.9', MONEY, WAN_YUAN, '24259000'],
    ['万元 with 6 decimals', '20.123456', MONEY, WAN_YUAN, '201234.56'],
    ['person-times', '8,200', COUNT, PERSON_TIMES, '8200'],
    ['zero', 0, MONEY, YUAN, '0'],
  ])('takes %s', (_case, value, rule, unit, expected) => {
    expect(parseDecimalCell(value, rule, unit, '面积')).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['words', '一百亩', AREA, MU, '面积须为数字，如 120.5；“一百亩”无法识别'],
    ['a misplaced comma', '1,2345', MONEY, YUAN, '面积须为数字，如 120.5；“1,2345”无法识别'],
    ['an exponent', '1e5', MONEY, YUAN, '面积须为数字，如 120.5；“1e5”无法识别'],
    ['a negative', '-5', AREA, MU, '面积不能为负数'],
    ['three decimals', '1.234', AREA, MU, '面积最多保留 2 位小数'],
    ['three decimals after 公顷', '0.001', AREA, HECTARE, '面积最多保留 2 位小数（“0.001公顷”换算后为 0.015）'],
    ['a fraction of a person', '8.5', COUNT, PERSON_TIMES, '面积须为整数'],
    ['too large', '10000000000000', AREA, MU, '面积数值过大'],
    ['a yes/no cell', true, AREA, MU, '面积须为数字，如 120.5'],
  ])('refuses %s', (_case, value, rule, unit, message) => {
    expect(parseDecimalCell(value, rule, unit, '面积')).toEqual({ ok: false, problem: { code: 'INVALID', message } });
  });
});
