import type { SuggestionCredit } from '@rural/committee';

import { DutyFact } from './duty-fact.js';

const OTHER_KINDS: Record<string, Partial<Record<SuggestionCredit['event'], DutyFact>>> = {
  SOCIAL_CONDITIONS: { SUBMITTED: DutyFact.SOCIAL_SUBMITTED, ADOPTED: DutyFact.SOCIAL_ADOPTED, INSTRUCTED: DutyFact.SOCIAL_INSTRUCTED },
  CONSULTATION: { SUBMITTED: DutyFact.REPORT_SUBMITTED, ADOPTED: DutyFact.REPORT_ADOPTED, INSTRUCTED: DutyFact.REPORT_INSTRUCTED },
  RESEARCH: { SUBMITTED: DutyFact.REPORT_SUBMITTED, ADOPTED: DutyFact.REPORT_ADOPTED, INSTRUCTED: DutyFact.REPORT_INSTRUCTED },
};

/**
 * The fact a suggestion step is for the member credited; null when the step earns nothing of its
 * own. Proposals tell the lead author from co-signers (the tables give them different points);
 * other kinds credit every author alike, and their filing is no step of its own (the tables count
 * a 社情民意 when it is sent and when it is adopted).
 */
export function factOfCredit(credit: Pick<SuggestionCredit, 'kind' | 'event' | 'lead'>): DutyFact | null {
  if (credit.kind === 'PROPOSAL') return DutyFact[`PROPOSAL_${credit.event}_${credit.lead ? 'LEAD' : 'COSIGNER'}`];
  return OTHER_KINDS[credit.kind]?.[credit.event] ?? null;
}
