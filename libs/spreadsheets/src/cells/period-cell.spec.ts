import { parsePeriodCell } from './period-cell.js';

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

describe('parsePeriodCell', () => {
  it.each([
    ['2024', '2024'],
    [2024, '2024'],
    ['2024年', '2024'],
    ['２０２４年', '2024'],
    ['2024Q3', '2024Q3'],
    ['2024q3', '2024Q3'],
    ['2024-Q3', '2024Q3'],
    ['2024年Q3', '2024Q3'],
    ['2024年第三季度', '2024Q3'],
    ['2024年第3季度', '2024Q3'],
    ['2024年三季度', '2024Q3'],
    ['2024年第四季', '2024Q4'],
    ['2024-07', '2024-07'],
    ['2024-7', '2024-07'],
    ['2024/7', '2024-07'],
    ['2024年7月', '2024-07'],
    ['2024年12月', '2024-12'],
    [' 2024年 7月 ', '2024-07'],
    [utc(2024, 7, 1), '2024-07'],
    [45474, '2024-07'], // Excel's serial of 2024-07-01
  ])('reads %j as %s', (value, period) => {
    expect(parsePeriodCell(value)).toEqual({ ok: true, value: period });
  });

  it.each([
    ['2024年3', '“2024年3”无法识别'],
    ['2024.7', '“2024.7”无法识别'],
    ['二〇二四年', '“二〇二四年”无法识别'],
    ['2024Q5', '“2024Q5”无法识别'],
    ['2024-13', '“2024-13”不是有效的期间'],
    ['1900', '“1900”不是有效的期间'],
    [2024.5, '“2024.5”无法识别'],
    [utc(2024, 7, 15), '日期 2024-07-15 不能确定是哪个期间'],
    [45488, '日期 2024-07-15 不能确定是哪个期间'],
    [true, '期间须为年、季度或月'],
  ])('refuses %j', (value, words) => {
    const result = parsePeriodCell(value);
    expect(result).toMatchObject({ ok: false, problem: { code: 'INVALID' } });
    expect(!result.ok && result.problem.message).toContain(words);
  });
});
