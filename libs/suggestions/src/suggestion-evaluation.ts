import { registerEnumType } from '@nestjs/graphql';

/** The lead author's evaluation of a reply; UNSATISFIED sends the item back to its units. */
export enum SuggestionEvaluation {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  UNSATISFIED = 'UNSATISFIED',
}

registerEnumType(SuggestionEvaluation, {
  name: 'SuggestionEvaluation',
  description: '办理评价 — the lead author’s evaluation of a reply.',
  valuesMap: {
    SATISFIED: { description: '满意 — satisfied.' },
    BASICALLY_SATISFIED: { description: '基本满意 — basically satisfied.' },
    UNSATISFIED: { description: '不满意 — not satisfied: the item goes back to its units with a new deadline.' },
  },
});
