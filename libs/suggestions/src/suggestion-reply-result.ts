import { registerEnumType } from '@nestjs/graphql';

/** The lead unit's result; A and B count as adopted (采纳). */
export enum SuggestionReplyResult {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}

/** The results that count as adopted. */
export const ADOPTED_RESULTS: readonly SuggestionReplyResult[] = [SuggestionReplyResult.A, SuggestionReplyResult.B];

registerEnumType(SuggestionReplyResult, {
  name: 'SuggestionReplyResult',
  description: '办理结果 — the lead unit’s result in its reply; A and B count as adopted (采纳).',
  valuesMap: {
    A: { description: 'A类 — solved or largely solved (已解决或基本解决).' },
    B: { description: 'B类 — being solved or planned (正在解决或列入计划解决).' },
    C: { description: 'C类 — to be solved when conditions allow (因条件限制留作参考或今后解决).' },
    D: { description: 'D类 — kept for reference (留作参考).' },
  },
});
