import { emptyFigures, type ImpactFigures } from '@rural/reporting';

import { columnHeading, FIGURE_COLUMNS, figureFormat, figureValue, type FigureColumn } from './report-formats.js';

const column = (field: keyof ImpactFigures): FigureColumn => FIGURE_COLUMNS.find((candidate) => candidate.field === field)!;
const figures = (changes: Partial<ImpactFigures>): ImpactFigures => ({ ...emptyFigures(), ...changes });

describe('the cells of the impact table', () => {
  it('heads each figure with its unit, money in 万元', () => {
    expect(FIGURE_COLUMNS.map(columnHeading)).toEqual(
      expect.arrayContaining([
        '农户租金收入（万元）',
        '村集体经济增收（万元）',
        '产值（万元）',
        '务工岗位（人次）',
        '带动农户（户）',
        '基地面积（亩）',
      ]),
    );
  });

  it.each([
    ['24259000', 2425.9],
    ['200000', 20],
    ['8000', 0.8],
    ['0.01', 0.000001],
    ['500000.5', 50.00005],
    ['123456789012.34', 12345678.901234],
    ['0', 0],
  ])('holds %s yuan as exactly %s 万元 (shifted as text, not divided)', (yuan, wan) => {
    expect(figureValue(column('outputValueYuan'), figures({ outputValueYuan: yuan }))).toBe(wan);
  });

  it('holds other figures as they are', () => {
    expect(figureValue(column('areaMu'), figures({ areaMu: '11897.5' }))).toBe(11897.5);
    expect(figureValue(column('jobsPersonTimes'), figures({ jobsPersonTimes: '8200' }))).toBe(8200);
    expect(figureValue(column('towns'), figures({ towns: 10 }))).toBe(10);
  });

  it('shows 万元 with two decimals, whole figures without, fractions with two', () => {
    expect(figureFormat(column('householdRentYuan'), 20, false)).toBe('#,##0.00');
    expect(figureFormat(column('areaMu'), 11897, false)).toBe('#,##0');
    expect(figureFormat(column('areaMu'), 12.5, false)).toBe('#,##0.00');
    expect(figureFormat(column('householdsBenefited'), 35, false)).toBe('#,##0');
  });

  it('marks a lower bound with 余 after the number, never on counts of places or records', () => {
    expect(figureFormat(column('householdRentYuan'), 20, true)).toBe('#,##0.00"余"');
    expect(figureFormat(column('jobsPersonTimes'), 8200, true)).toBe('#,##0"余"');
    expect(figureFormat(column('villages'), 19, true)).toBe('#,##0');
    expect(figureFormat(column('records'), 3, true)).toBe('#,##0');
  });
});
