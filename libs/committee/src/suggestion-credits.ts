/**
 * What members' duty points need to know of suggestions, as a port: the duty lib counts points,
 * the suggestions lib knows the suggestions and provides this under SUGGESTION_CREDITS.
 */

/** The kinds of suggestion, as the suggestions lib names them. */
export type SuggestionCreditKind = 'PROPOSAL' | 'SOCIAL_CONDITIONS' | 'CONSULTATION' | 'RESEARCH';

/**
 * A step of a suggestion that earns its authors points, dated on the county's calendar:
 * SUBMITTED (the day it was submitted), FILED (立案), ADOPTED (replied with result A or B),
 * INSTRUCTED (a leader's instruction, 批示; one credit per instruction).
 */
export type SuggestionCreditEvent = 'SUBMITTED' | 'FILED' | 'ADOPTED' | 'INSTRUCTED';

export interface SuggestionCredit {
  memberId: string;
  suggestionId: string;
  /** The suggestion's title, for the member's file. */
  title: string;
  kind: SuggestionCreditKind;
  event: SuggestionCreditEvent;
  /** True for the lead author (第一提出人), false for a co-signer. */
  lead: boolean;
  /** When the step happened, "2024-03-01". */
  on: string;
}

export interface SuggestionCredits {
  /**
   * Every credit dated inside the year (county calendar), for the given members (null: all),
   * ordered by member, date and suggestion. Only suggestions past DRAFT count.
   */
  creditsIn(year: number, memberIds: readonly string[] | null): Promise<SuggestionCredit[]>;
}

export const SUGGESTION_CREDITS = Symbol('SUGGESTION_CREDITS');
