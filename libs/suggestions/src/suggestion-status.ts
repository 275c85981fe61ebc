import { registerEnumType } from '@nestjs/graphql';

/** Where a suggestion stands in its life (提案工作条例): each step moves it along one way. */
export enum SuggestionStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  FILED = 'FILED',
  NOT_FILED = 'NOT_FILED',
  ASSIGNED = 'ASSIGNED',
  REPLIED = 'REPLIED',
  EVALUATED = 'EVALUATED',
  CLOSED = 'CLOSED',
}

/** The state's name as a clerk reads it, for refusals ("该建言当前状态为“已立案”，不能答复"). */
export const SUGGESTION_STATUS_LABELS: Record<SuggestionStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '已提交',
  FILED: '已立案',
  NOT_FILED: '不予立案',
  ASSIGNED: '已交办',
  REPLIED: '已答复',
  EVALUATED: '已评价',
  CLOSED: '已办结',
};

registerEnumType(SuggestionStatus, {
  name: 'SuggestionStatus',
  description: '建言状态 — where a suggestion stands in its life.',
  valuesMap: {
    DRAFT: { description: '草稿 — being written by its authors; seen only by them and the committee office.' },
    SUBMITTED: { description: '已提交 — submitted to the committee office, waiting to be filed.' },
    FILED: { description: '已立案 — filed, waiting to be assigned to handling units.' },
    NOT_FILED: { description: '不予立案 — not filed, with a reason; the end of its life.' },
    ASSIGNED: { description: '已交办 — assigned to a lead unit (and co-units) with a deadline; waiting for the reply.' },
    REPLIED: { description: '已答复 — the lead unit replied; waiting for the lead author’s evaluation.' },
    EVALUATED: { description: '已评价 — the lead author was satisfied or basically satisfied; waiting to be closed.' },
    CLOSED: { description: '已办结 — closed by the committee office.' },
  },
});
