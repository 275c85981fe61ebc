import { cleanText, isUnknownMark, toHalfWidth, unwrapCell } from './cell-text.js';

describe('cleanText', () => {
  it.each([
    ['  东里村  ', '东里村'],
    ['\u00a0东里村\u00a0', '东里村'],
    ['\u3000共耕社\u3000产业园\u3000', '共耕社 产业园'],
    ['东\u200b里村\ufeff', '东里村'],
    ['支部+基地\n+农户', '支部+基地 +农户'],
  ])('cleans %j to %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe('isUnknownMark', () => {
  it.each(['', '  ', '—', '——', '-', '－', '/', '／', '\u00a0-\u00a0'])('takes %j as unknown', (text) => {
    expect(isUnknownMark(text)).toBe(true);
  });
  it.each(['0', '无数据', '-5', '东里村'])('takes %j as a value', (text) => {
    expect(isUnknownMark(text)).toBe(false);
  });
});

describe('toHalfWidth', () => {
  it.each([
    ['１２０．５', '120.5'],
    ['２０２４Ｑ３', '2024Q3'],
    ['１，２３４', '1,234'],
    ['（亩）', '(亩)'],
    ['东里村', '东里村'],
  ])('folds %j to %j', (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });
});

describe('unwrapCell', () => {
  it.each([
    [null, null],
    [undefined, null],
    ['东里村', '东里村'],
    [120.5, 120.5],
    [true, true],
    [{ richText: [{ text: '共耕社' }, { text: '产业园' }] }, '共耕社产业园'],
    [{ text: '网页', hyperlink: 'http://example.org' }, '网页'],
    [{ formula: 'A1*2', result: 240 }, 240],
    [{ sharedFormula: 'B2', result: '是' }, '是'],
  ])('unwraps %j to %j', (raw, expected) => {
    expect(unwrapCell(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [{ formula: 'A1*2' }, '公式没有计算结果'],
    [{ formula: 'A1/0', result: { error: '#DIV/0!' } }, '错误值 #DIV/0!'],
    [{ error: '#REF!' }, '错误值 #REF!'],
  ])('refuses %j as INVALID', (raw, words) => {
    const result = unwrapCell(raw);
    expect(result).toMatchObject({ ok: false, problem: { code: 'INVALID' } });
    expect(!result.ok && result.problem.message).toContain(words);
  });

  it('keeps a Date as it is', () => {
    const date = new Date(Date.UTC(2024, 6, 1));
    expect(unwrapCell(date)).toEqual({ ok: true, value: date });
  });
});
