/**
 * The six figures as leaders write them: yuan in 万元 from 10,000 up ("2425.9万元"), "余"/"以上"
 * for lower bounds ("20余万元", "10万元以上"), as the server's own sentences do
 * (libs/reporting/src/chinese-figures.ts). Text arithmetic on exact decimals — never floats.
 */

export type FigureKey =
  'householdRentYuan' | 'jobsPersonTimes' | 'collectiveIncomeYuan' | 'areaMu' | 'outputValueYuan' | 'householdsBenefited';
export type FigureUnit = '元' | '人次' | '亩' | '户';
/** Where a lower bound's qualifier goes: "20余万元" or "10万元以上" (the article says both). */
export type BoundStyle = '余' | '以上';

export interface FigureDefinition {
  key: FigureKey;
  /** The figure's name, fixed by docs/api.md ("Console"): the cards' accessible names. */
  name: string;
  unit: FigureUnit;
  bound: BoundStyle;
}

/** In the order a leader reads them, as the article gives them (rent, jobs, collective income first). */
export const FIGURES: readonly FigureDefinition[] = [
  { key: 'householdRentYuan', name: '农户租金收入', unit: '元', bound: '余' },
  { key: 'jobsPersonTimes', name: '务工岗位', unit: '人次', bound: '余' },
  { key: 'collectiveIncomeYuan', name: '村集体经济增收', unit: '元', bound: '以上' },
  { key: 'areaMu', name: '基地面积', unit: '亩', bound: '余' },
  { key: 'outputValueYuan', name: '产值', unit: '元', bound: '余' },
  { key: 'householdsBenefited', name: '带动农户', unit: '户', bound: '余' },
];

/** "24259000" 元 → "2425.9万元"; "8200" 人次, at least → "8200余人次"; zero never carries a bound. */
export function formatFigure(value: string, unit: FigureUnit, atLeast = false, bound: BoundStyle = '余'): string {
  const inTenThousands = unit === '元' && compareDecimals(value, '10000') >= 0;
  const number = inTenThousands ? shiftLeft(value, 4) : trimDecimal(value);
  const shownUnit = inTenThousands ? '万元' : unit;
  if (!atLeast || !isPositive(value)) return `${number}${shownUnit}`;
  return bound === '余' ? `${number}余${shownUnit}` : `${number}${shownUnit}以上`;
}

/** Moves the decimal point `places` to the left: ("24259000", 4) → "2425.9". */
export function shiftLeft(decimal: string, places: number): string {
  const [whole, fraction = ''] = decimal.split('.');
  const digits = whole + fraction;
  const pointAt = whole.length - places;
  const padded = pointAt <= 0 ? '0'.repeat(1 - pointAt) + digits : digits;
  const at = Math.max(pointAt, 1);
  return trimDecimal(`${padded.slice(0, at)}.${padded.slice(at)}`);
}

/** "0012.50" → "12.5", "3.000" → "3". */
export function trimDecimal(decimal: string): string {
  const [whole, fraction = ''] = decimal.split('.');
  const integer = whole.replace(/^0+(?=\d)/, '') || '0';
  const rest = fraction.replace(/0+$/, '');
  return rest ? `${integer}.${rest}` : integer;
}

/** True for a decimal that is not zero. */
export function isPositive(value: string | null | undefined): value is string {
  return typeof value === 'string' && /[1-9]/.test(value);
}

/** Sign of a − b for two non-negative decimals. */
export function compareDecimals(a: string, b: string): number {
  const [aWhole, aFraction = ''] = trimDecimal(a).split('.');
  const [bWhole, bFraction = ''] = trimDecimal(b).split('.');
  if (aWhole.length !== bWhole.length) return Math.sign(aWhole.length - bWhole.length);
  if (aWhole !== bWhole) return aWhole > bWhole ? 1 : -1;
  const length = Math.max(aFraction.length, bFraction.length);
  const [x, y] = [aFraction.padEnd(length, '0'), bFraction.padEnd(length, '0')];
  return x === y ? 0 : x > y ? 1 : -1;
}
