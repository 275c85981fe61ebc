import { normalizeDecimal } from '@rural/core';

/**
 * The exact product of two decimals written as text ("8.1" × "15" = "121.5"): both are scaled to
 * integers, multiplied as BigInt and scaled back, so no float ever rounds a figure.
 */
export function multiplyDecimal(left: string, right: string): string {
  const a = scaled(left);
  const b = scaled(right);
  const product = a.digits * b.digits;
  const scale = a.scale + b.scale;
  const negative = product < 0n;
  const text = (negative ? -product : product).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? text : `${text.slice(0, text.length - scale)}.${text.slice(text.length - scale)}`;
  return normalizeDecimal(`${negative ? '-' : ''}${body}`);
}

function scaled(decimal: string): { digits: bigint; scale: number } {
  const canonical = normalizeDecimal(decimal);
  const [whole, fraction = ''] = canonical.replace('-', '').split('.');
  const digits = BigInt(`${whole}${fraction}`);
  return { digits: canonical.startsWith('-') ? -digits : digits, scale: fraction.length };
}
