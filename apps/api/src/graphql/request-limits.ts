import { GraphQLError } from 'graphql';

/**
 * What one GraphQL operation may ask for. Every limit is checked before execution starts, so a
 * refused operation costs no SQL (not even the auth guard's token lookup).
 */
export const REQUEST_LIMITS = {
  /**
   * Lexical tokens per document, counted while parsing (the explorer's schema query has ~160).
   * Validation takes time in proportion: a 1 MB document of 60,000 aliases took 3 s of CPU.
   */
  maxTokens: 4_000,
  /** Field nesting, fragments flattened: `{ me { id } }` is 2; the bench's list operations are 4. */
  maxDepth: 12,
  /** Aliased fields per operation (`__typename` aliases are free): one screen asks a handful. */
  maxAliases: 30,
  /**
   * Estimated fields resolved: a field costs 1, a paged list multiplies its children by `take`,
   * an unpaged one by `unpagedListGuess`. 100 matches with impact and summaryText cost ~1,900;
   * 100 teams each with its 20 latest visits ~14,300; a page of 100 inside a page of 100 over
   * 20,000, and is refused.
   */
  maxCost: 20_000,
  /** How many items an unpaged list (`Match.brokers`, `Division.children`) is assumed to hold. */
  unpagedListGuess: 10,
  /**
   * Selections the cost walk visits with fragments expanded (the explorer's schema query: ~230).
   * Caps the walk's own time (~20 ms) on fragment bombs: fragments spreading each other twice.
   */
  maxSelections: 2_000,
} as const;

/**
 * `extensions.reason` of a request refused for its shape, next to `code:
 * GRAPHQL_VALIDATION_FAILED`. Stable: clients may rely on these names.
 */
export enum RequestRefusal {
  DEPTH_LIMIT = 'DEPTH_LIMIT',
  ALIAS_LIMIT = 'ALIAS_LIMIT',
  COST_LIMIT = 'COST_LIMIT',
  INTROSPECTION_DISABLED = 'INTROSPECTION_DISABLED',
}

export const VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED';

/** A refusal of the request as a whole: HTTP 400, like graphql-js's own validation errors. */
export function refusedRequest(message: string, reason: RequestRefusal): GraphQLError {
  return new GraphQLError(message, { extensions: { code: VALIDATION_FAILED, reason, http: { status: 400 } } });
}
