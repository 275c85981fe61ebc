/**
 * PostgreSQL write-ahead-log positions (`16/B374D848`: two 32-bit hex halves) as bigints, so that
 * "has this replica replayed that write?" is a comparison and "how far behind?" a subtraction in bytes.
 */
export type Lsn = bigint;

const LSN_TEXT = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/;

/** The position, or null for text that is not one (a client's header or cookie is not trusted). */
export function parseLsn(text: string | null | undefined): Lsn | null {
  const match = LSN_TEXT.exec(text?.trim() ?? '');
  if (!match) return null;
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

/** The text PostgreSQL prints (and accepts as `pg_lsn`). */
export function formatLsn(lsn: Lsn): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}

/** The later of two positions; null stands for "no position". */
export function laterLsn(a: Lsn | null, b: Lsn | null): Lsn | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
