/**
 * Exact decimals as strings. Money and area never pass through a JavaScript float: values are
 * checked and normalised as text, and PostgreSQL `numeric` does the arithmetic.
 */

const DECIMAL_PATTERN = /^(-?)(\d+)(?:\.(\d+))?$/;

export interface DecimalRule {
  /** Digits allowed after the point (2 for yuan and mu, 0 for person-times and households). */
  scale: number;
  /** Digits allowed before the point, matching the column's numeric(precision, scale). */
  integerDigits: number;
}

export const MONEY: DecimalRule = { scale: 2, integerDigits: 14 };
export const AREA: DecimalRule = { scale: 2, integerDigits: 12 };
export const COUNT: DecimalRule = { scale: 0, integerDigits: 12 };

/**
 * Turns client input (a string, or a JSON number) into canonical decimal text, or `null` when it
 * is not a plain decimal number. Numbers are taken through their shortest round-trip text, so
 * `0.1` stays `"0.1"`; exponents and special values are refused.
 */
export function parseDecimal(value: unknown): string | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return null;
  }
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) return null;
  return normalizeDecimal(text);
}

/** Removes superfluous zeros: "011897.50" → "11897.5", "-0.0" → "0". */
export function normalizeDecimal(text: string): string {
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) throw new Error(`not a decimal: ${text}`);
  const [, sign, whole, fraction = ''] = match;
  const integerPart = whole.replace(/^0+(?=\d)/, '');
  const fractionPart = fraction.replace(/0+$/, '');
  const isZero = /^0$/.test(integerPart) && fractionPart === '';
  const body = fractionPart ? `${integerPart}.${fractionPart}` : integerPart;
  return sign && !isZero ? `-${body}` : body;
}

/** Why a canonical decimal breaks the rule, in Chinese, or `null` when it fits. */
export function decimalProblem(canonical: string, rule: DecimalRule): string | null {
  if (canonical.startsWith('-')) return '不能为负数';
  const [whole, fraction = ''] = canonical.split('.');
  if (fraction.length > rule.scale) {
    return rule.scale === 0 ? '须为整数' : `最多保留 ${rule.scale} 位小数`;
  }
  if (whole.length > rule.integerDigits) return '数值过大';
  return null;
}
