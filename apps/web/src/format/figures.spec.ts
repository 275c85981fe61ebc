import { describe, expect, it } from '@jest/globals';

import { compareDecimals, FIGURES, formatFigure, shiftLeft } from './figures';

describe("the console's figures in Chinese", () => {
  it.each([
    ['200000', '元', true, '余', '20余万元'],
    ['100000', '元', true, '以上', '10万元以上'],
    ['24259000', '元', false, '余', '2425.9万元'],
    ['204000', '元', false, '余', '20.4万元'],
    ['9999.50', '元', false, '余', '9999.5元'],
    ['10000', '元', false, '余', '1万元'],
    ['0', '元', true, '余', '0元'],
    ['8200', '人次', true, '余', '8200余人次'],
    ['11897.00', '亩', false, '余', '11897亩'],
    ['120', '户', true, '以上', '120户以上'],
  ] as const)('writes %s %s (at least: %s, %s) as %s', (value, unit, atLeast, bound, expected) => {
    expect(formatFigure(value, unit, atLeast, bound)).toBe(expected);
  });

  it.each([
    ['24259000', 4, '2425.9'],
    ['5', 4, '0.0005'],
    ['0.01', 4, '0.000001'],
    ['0', 4, '0'],
  ])('shifts %s by %i places to %s', (value, places, expected) => {
    expect(shiftLeft(value, places)).toBe(expected);
  });

  it.each([
    ['10000', '9999.99', 1],
    ['10000.0', '10000', 0],
    ['00123', '124', -1],
    ['0.5', '0.45', 1],
  ])('compares %s with %s: %i', (a, b, sign) => {
    expect(compareDecimals(a, b)).toBe(sign);
  });

  it('names the six figures as docs/api.md fixes them', () => {
    expect(FIGURES.map((figure) => figure.name)).toEqual(['农户租金收入', '务工岗位', '村集体经济增收', '基地面积', '产值', '带动农户']);
  });
});
