import type { RequestContext } from '@rural/core';

/**
 * How many research visits (调研视察) the committee made, for the suggestions' sentence
 * ("围绕…开展调研3次，提出意见建议20余条…"): the suggestions lib writes the sentence, the duty lib
 * knows the visits and provides this under RESEARCH_VISITS, globally.
 */
export interface ResearchVisitsFilter {
  /** Held by this division's committee or one below it. */
  divisionId?: string | null;
  /** Held in this year (county calendar). */
  year?: number | null;
  /** Whose topic or title contains this. */
  topic?: string | null;
}

export interface ResearchVisits {
  /** Visits in the caller's scope matching the filter. */
  count(ctx: RequestContext, filter: ResearchVisitsFilter): Promise<number>;
}

export const RESEARCH_VISITS = Symbol('RESEARCH_VISITS');
