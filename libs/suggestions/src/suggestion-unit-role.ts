import { registerEnumType } from '@nestjs/graphql';

/** A handling unit's part in an assignment: the lead unit alone replies. */
export enum SuggestionUnitRole {
  LEAD = 'LEAD',
  CO = 'CO',
}

registerEnumType(SuggestionUnitRole, {
  name: 'SuggestionUnitRole',
  description: '承办方式 — a unit’s part in handling a suggestion.',
  valuesMap: {
    LEAD: { description: '主办 — the lead unit: gathers the co-units’ opinions and replies.' },
    CO: { description: '会办 — a co-unit: sends its opinion to the lead unit.' },
  },
});
