/**
 * A rate as an exact decimal string with four places, rounded half up ("0.6667" for 2 of 3);
 * null when nothing was counted (no rate, rather than a misleading 0 or 100%). Integer arithmetic
 * only: no float ever touches the figure.
 */
export function rate(part: number, whole: number): string | null {
  if (whole === 0) return null;
  const scaled = Math.floor((part * 20000 + whole) / (2 * whole)); // round(part / whole × 10000), half up
  const whole4 = String(scaled).padStart(5, '0');
  return `${whole4.slice(0, -4)}.${whole4.slice(-4)}`;
}
