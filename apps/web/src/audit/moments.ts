/** A server time (ISO, UTC) as a clerk reads it, in the browser's time zone: 2025-09-18 14:05. */
export function formatMoment(iso: string | null | undefined): string {
  if (!iso) return '—';
  const at = new Date(iso);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}
