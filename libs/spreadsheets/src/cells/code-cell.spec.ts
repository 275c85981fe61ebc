import { parseCodeCell } from './code-cell.js';

const VALID = '91451224MA5KT3WC39';

describe('parseCodeCell: 统一社会信用代码', () => {
  it.each([
    [VALID, VALID],
    [` ${VALID.toLowerCase()} `, VALID],
    ['９１４５１２２４ＭＡ５ＫＴ３ＷＣ３９', VALID],
    ['9145 1224 MA5K T3WC 39', VALID],
  ])('reads %j', (value, expected) => {
    expect(parseCodeCell(value, 'credit-code', '统一社会信用代码')).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['91451224MA5KT3WC38', '校验位不正确'],
    ['9145122', '须为 18 位'],
    [914512240000000000, '被 Excel 当成了数字'],
  ])('refuses %j', (value, words) => {
    const result = parseCodeCell(value, 'credit-code', '统一社会信用代码');
    expect(result).toMatchObject({ ok: false, problem: { code: 'INVALID' } });
    expect(!result.ok && result.problem.message).toContain(words);
  });
});

describe('parseCodeCell: 区划代码', () => {
  it.each([
    ['451224000000', '451224000000'],
    [451224000000, '451224000000'],
    ['４５１２２４００００００', '451224000000'],
    [' 451224 000000 ', '451224000000'],
  ])('reads %j', (value, expected) => {
    expect(parseCodeCell(value, 'division-code', '区划代码')).toEqual({ ok: true, value: expected });
  });

  it.each([['451224'], [451224], ['45122400000A'], [4512240000.5]])('refuses %j', (value) => {
    const result = parseCodeCell(value, 'division-code', '区划代码');
    expect(result).toMatchObject({ ok: false, problem: { code: 'INVALID' } });
    expect(!result.ok && result.problem.message).toContain('区划代码须为 12 位数字');
  });
});
