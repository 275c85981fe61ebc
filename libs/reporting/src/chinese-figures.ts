/**
 * Figures as a leader writes them: yuan in 万元 from 10,000 up ("2425.9万元"), "余"/"以上" for
 * lower bounds ("20余万元", "10万元以上"). Pure text arithmetic on exact decimals — no floats.
 */

export type BoundStyle = '余' | '以上';

/** Moves the decimal point `places` to the left: ("24259000", 4) → "2425.9". */
export function shiftLeft(decimal: string, places: number): string {
  const [whole, fraction = ''] = decimal.split('.');
  // Every digit keeps its place: stripping zeros here would turn 0.01 into 0.0001 万.
  const digits = whole + fraction;
  const pointAt = whole.length - places;
  const padded = pointAt <= 0 ? '0'.repeat(1 - pointAt) + digits : digits;
  const at = Math.max(pointAt, 1);
  const integer = padded.slice(0, at).replace(/^0+(?=\d)/, '') || '0';
  const rest = padded.slice(at).replace(/0+$/, '');
  return rest ? `${integer}.${rest}` : integer;
}

/** "200000" → "20万元"; "8000" → "8000元"; with a bound, "20余万元" or "20万元以上". */
export function formatYuan(value: string, atLeast: boolean, style: BoundStyle = '余'): string {
  const inTenThousands = isAtLeast(value, '10000');
  const number = inTenThousands ? shiftLeft(value, 4) : value;
  const unit = inTenThousands ? '万元' : '元';
  return withBound(number, unit, atLeast, style);
}

/** "8200" person-times → "8200余人次" when a lower bound. */
export function formatCount(value: string, unit: string, atLeast: boolean, style: BoundStyle = '余'): string {
  return withBound(value, unit, atLeast, style);
}

function withBound(number: string, unit: string, atLeast: boolean, style: BoundStyle): string {
  if (!atLeast) return `${number}${unit}`;
  return style === '余' ? `${number}余${unit}` : `${number}${unit}以上`;
}

/** True when decimal `a` ≥ decimal `b` (both non-negative). */
function isAtLeast(a: string, b: string): boolean {
  const [aw, af = ''] = a.split('.');
  const [bw, bf = ''] = b.split('.');
  const aWhole = aw.replace(/^0+(?=\d)/, '');
  const bWhole = bw.replace(/^0+(?=\d)/, '');
  if (aWhole.length !== bWhole.length) return aWhole.length > bWhole.length;
  if (aWhole !== bWhole) return aWhole > bWhole;
  const length = Math.max(af.length, bf.length);
  return af.padEnd(length, '0') >= bf.padEnd(length, '0');
}

/** True for a decimal that is not zero. */
export function isPositive(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && /[1-9]/.test(value);
}
