/**
 * Which of the enterprises of one exact name a file means by that name. The name is the natural
 * key of the enterprise WITHOUT a credit code (unique among those), so that one wins; else the
 * only enterprise of that name; several with codes cannot be told apart by name.
 */
export function enterpriseNamed<T extends { creditCode: string | null }>(named: T[]): T | null | 'AMBIGUOUS' {
  const uncoded = named.find((enterprise) => enterprise.creditCode === null);
  if (uncoded) return uncoded;
  if (named.length > 1) return 'AMBIGUOUS';
  return named[0] ?? null;
}
