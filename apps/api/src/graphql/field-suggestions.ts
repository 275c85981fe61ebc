import type { ApolloServerPlugin } from '@apollo/server';

import { bearerToken, type Admission, type AdmissionService } from '@rural/auth';
import type { GraphqlContext } from '@rural/core';

/** graphql-js's hint after an unknown field, argument, type or enum value: ` Did you mean "name"?`. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** Whether a message names other fields of the schema. */
export function hasSuggestion(message: string): boolean {
  return message.search(SUGGESTION) !== -1;
}

export function withoutSuggestion(message: string): string {
  return message.replace(SUGGESTION, '');
}

/**
 * "Did you mean …" names fields of a schema that is hidden from callers who may not introspect:
 * guessing names one by one would reveal it. The hint is kept for signed-in callers when
 * introspection is on (they can read the schema anyway) and removed for everyone else.
 */
export function fieldSuggestionsPlugin(options: {
  introspection: boolean;
  admissions: AdmissionService;
}): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.some((error) => hasSuggestion(error.message))) return;
          if (await mayIntrospect(options, contextValue)) return;
          response.body.singleResult.errors = errors.map((error) => ({ ...error, message: withoutSuggestion(error.message) }));
        },
      };
    },
  };
}

async function mayIntrospect(
  options: { introspection: boolean; admissions: AdmissionService },
  context: GraphqlContext & { admission?: Promise<Admission> },
): Promise<boolean> {
  if (!options.introspection || !bearerToken(context.req.headers.authorization)) return false;
  try {
    // The guard's admission when a resolver ran; else one of our own (a refused document).
    const admission = await (context.admission ?? options.admissions.admit(context.req));
    return admission.caller !== null;
  } catch {
    return false; // Over the rate limit or the database away: no hint rather than an error.
  }
}
