import type { CommitteePostKind } from '../../session/session';

/** The steps a suggestion's page may offer, each opening its own small dialog. */
export type SuggestionStep =
  | 'edit'
  | 'submit'
  | 'delete'
  | 'evaluate'
  | 'file'
  | 'decline'
  | 'assign'
  | 'instruct'
  | 'supervise'
  | 'key'
  | 'close'
  | 'opinion'
  | 'reply'
  | 'return';

/** What the page knows about the suggestion and the caller when it decides. */
export interface StepSituation {
  status: string;
  round: number;
  /** Author member ids, the lead author first. */
  authorIds: string[];
  assignments: Array<{ unitId: string; role: string; endedOn?: string | null }>;
  /** Units that already sent their co-unit opinion, with the round. */
  opinions: Array<{ unitId: string; round: number }>;
  posts: CommitteePostKind[];
  memberId: string | null;
  unitId: string | null;
}

/**
 * The steps the caller may take NOW, by the suggestion's state and the caller's post — the same
 * rules the server holds (libs/suggestions), so the page offers only what would be accepted.
 * The server still decides: a refusal (a return past its window, a stale version) is shown in its words.
 */
export function stepsFor(situation: StepSituation): SuggestionStep[] {
  const { status, posts } = situation;
  const office = posts.includes('OFFICE');
  const author = !!situation.memberId && posts.includes('MEMBER') && situation.authorIds.includes(situation.memberId);
  const leadAuthor = author && situation.authorIds[0] === situation.memberId;
  const steps: SuggestionStep[] = [];

  if (status === 'DRAFT' && (office || author)) steps.push('edit', 'submit', 'delete');
  if (status === 'REPLIED' && (office || leadAuthor)) steps.push('evaluate');

  if (office) {
    if (status === 'SUBMITTED') steps.push('file', 'decline');
    if (status === 'FILED') steps.push('assign');
    if (status === 'EVALUATED') steps.push('close');
    if (status !== 'DRAFT') steps.push('instruct', 'supervise', 'key');
  }

  const mine = unitAssignment(situation);
  if (status === 'ASSIGNED' && mine) {
    if (mine.role === 'LEAD') steps.push('reply');
    const sent = situation.opinions.some((opinion) => opinion.unitId === mine.unitId && opinion.round === situation.round);
    if (mine.role === 'CO' && !sent) steps.push('opinion');
    steps.push('return');
  }
  return steps;
}

/** The caller's unit's active assignment (主办 or 会办), if the caller is a unit's staff on it. */
export function unitAssignment(situation: Pick<StepSituation, 'assignments' | 'posts' | 'unitId'>) {
  if (!situation.unitId || !situation.posts.includes('UNIT')) return undefined;
  return situation.assignments.find((assignment) => assignment.unitId === situation.unitId && !assignment.endedOn);
}

/** Open items in the order the office works them: red, yellow, green, each most urgent first. */
export function byUrgency<T extends { light?: string | null; daysLeft?: number | null }>(items: readonly T[]): T[] {
  const rank = (light: string | null | undefined) => ['RED', 'YELLOW', 'GREEN'].indexOf(light ?? '') + 1 || 4;
  return [...items].sort((a, b) => rank(a.light) - rank(b.light) || (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity));
}

/** A rate of four decimals ("0.6667") as a percent with one decimal ("66.7%"); '—' without a rate. */
export function percent(rate: string | null | undefined): string {
  if (rate === null || rate === undefined || rate === '') return '—';
  // Four decimals in, one out: rounding the integer count of ten-thousandths keeps it exact.
  const tenThousandths = Math.round(Number(rate) * 10000);
  return `${(Math.round(tenThousandths / 10) / 10).toFixed(1)}%`;
}

/** Days to a deadline as the board says them: 超期 3 天 / 今天到期 / 剩 5 天. */
export function daysText(daysLeft: number | null | undefined): string {
  if (daysLeft === null || daysLeft === undefined) return '';
  if (daysLeft < 0) return `超期 ${-daysLeft} 天`;
  if (daysLeft === 0) return '今天到期';
  return `剩 ${daysLeft} 天`;
}
