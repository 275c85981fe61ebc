import { ImpactGrouping } from '@rural/reporting';

import {
  approvalInWords,
  groupColumnHeading,
  groupingInWords,
  periodInWords,
  placeInWords,
  rangeInWords,
  reportTitle,
  wallTimeInWords,
} from './filter-words.js';

describe('the filter of an impact report in words', () => {
  it.each([
    ['2024', '2024年'],
    ['2024Q1', '2024年第一季度'],
    ['2024Q3', '2024年第三季度'],
    ['2025Q4', '2025年第四季度'],
    ['2024-07', '2024年7月'],
    ['2024-12', '2024年12月'],
  ])('writes the period %s as %s', (period, words) => {
    expect(periodInWords(period)).toBe(words);
  });

  it.each([
    [undefined, undefined, '全部期间'],
    [null, null, '全部期间'],
    ['2024Q3', '2024Q3', '2024年第三季度'],
    ['2024Q3', '2025', '2024年第三季度至2025年'],
    ['2024-07', '2024-09', '2024年7月至2024年9月'],
    ['2024', null, '2024年起（至今）'],
    [null, '2025Q2', '截至2025年第二季度'],
  ])('writes the range %s – %s as %s', (from, to, words) => {
    expect(rangeInWords(from, to)).toBe(words);
  });

  it('names each grouping, and the totals alone without one', () => {
    expect(groupingInWords(ImpactGrouping.TOWN)).toBe('按乡镇');
    expect(groupingInWords(ImpactGrouping.QUARTER)).toBe('按季度');
    expect(groupingInWords(null)).toBe('不分组（仅合计）');
    expect(groupColumnHeading(ImpactGrouping.VILLAGE)).toBe('村');
    expect(groupColumnHeading(undefined)).toBe('范围');
    for (const grouping of Object.values(ImpactGrouping)) expect(groupingInWords(grouping)).toMatch(/^按/);
  });

  it('says whether unapproved records are counted', () => {
    expect(approvalInWords(false)).toBe('仅统计已审核的记录');
    expect(approvalInWords(undefined)).toBe('仅统计已审核的记录');
    expect(approvalInWords(true)).toContain('含未审核');
  });

  it('titles the report by its place, and by nothing when it covers everything', () => {
    expect(reportTitle(placeInWords(['东兰县']))).toBe('东兰县引企下乡成效报告');
    expect(reportTitle(placeInWords(['东兰县', '武篆镇']))).toBe('东兰县武篆镇引企下乡成效报告');
    expect(placeInWords([])).toBe('全部区划');
    expect(reportTitle(null)).toBe('引企下乡成效报告');
  });

  it("writes a moment as the county's wall clock reads it, across midnight UTC", () => {
    expect(wallTimeInWords(new Date('2026-11-30T16:05:09Z'))).toBe('2026年12月1日 00:05（北京时间）');
    expect(wallTimeInWords(new Date('2025-09-18T01:30:00Z'))).toBe('2025年9月18日 09:30（北京时间）');
  });
});
