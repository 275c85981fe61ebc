import { shiftLeft, type ImpactFigures } from '@rural/reporting';

/**
 * The columns of the impact table and how their cells show. Money is shown in 万元 — what a
 * leader reads and quotes — with two decimals; the cell holds the unrounded value (yuan ÷ 10,000,
 * shifted as decimal text, not divided as a float), so nothing is lost but the display. A figure
 * that is a lower bound keeps its number and shows 余 after it ("20.00余" under 农户租金收入（万元）).
 */

/** What a column counts, which fixes its cell's value and format. */
export type FigureUnit = '万元' | '亩' | '人次' | '户' | '个' | '家' | '次' | '条';

export interface FigureColumn {
  /** The heading without its unit, as the dashboard names the figure. */
  title: string;
  unit: FigureUnit;
  field: keyof ImpactFigures;
  /** Whether 余 applies: the summed figures are lower bounds when a record is; counts of places and records are exact. */
  bounded: boolean;
}

export const FIGURE_COLUMNS: readonly FigureColumn[] = [
  { title: '农户租金收入', unit: '万元', field: 'householdRentYuan', bounded: true },
  { title: '村集体经济增收', unit: '万元', field: 'collectiveIncomeYuan', bounded: true },
  { title: '产值', unit: '万元', field: 'outputValueYuan', bounded: true },
  { title: '务工岗位', unit: '人次', field: 'jobsPersonTimes', bounded: true },
  { title: '带动农户', unit: '户', field: 'householdsBenefited', bounded: true },
  { title: '基地面积', unit: '亩', field: 'areaMu', bounded: true },
  { title: '乡镇', unit: '个', field: 'towns', bounded: false },
  { title: '村', unit: '个', field: 'villages', bounded: false },
  { title: '基地', unit: '个', field: 'bases', bounded: false },
  { title: '企业', unit: '家', field: 'enterprises', bounded: false },
  { title: '对接', unit: '个', field: 'matches', bounded: false },
  { title: '服务活动', unit: '次', field: 'serviceActivities', bounded: false },
  { title: '培训农民', unit: '人次', field: 'farmersTrained', bounded: false },
  { title: '成效记录', unit: '条', field: 'records', bounded: false },
];

/** "农户租金收入（万元）". */
export function columnHeading(column: FigureColumn): string {
  return `${column.title}（${column.unit}）`;
}

/** The cell's value: yuan as 万元, everything else as it is. */
export function figureValue(column: FigureColumn, figures: ImpactFigures): number {
  const value = figures[column.field];
  const text = String(value);
  return Number(column.unit === '万元' ? shiftLeft(text, 4) : text);
}

/**
 * The Excel number format of a figure cell: thousands separators; 万元 always with two decimals,
 * other figures whole unless this one has a fraction (12.5 亩); 余 after a lower bound.
 */
export function figureFormat(column: FigureColumn, value: number, atLeast: boolean): string {
  const decimals = column.unit === '万元' || !Number.isInteger(value) ? '.00' : '';
  const bound = column.bounded && atLeast ? '"余"' : '';
  return `#,##0${decimals}${bound}`;
}
