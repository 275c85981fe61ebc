import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';

import type { AdmissionService } from '@rural/auth';
import type { GraphqlContext } from '@rural/core';

import { noIntrospectionRule, signedInIntrospectionPlugin } from './introspection-access.js';
import { operationCostPlugin } from './operation-cost.js';
import { operationShapeRules } from './operation-shape.rules.js';
import { REQUEST_LIMITS } from './request-limits.js';

/**
 * The Apollo options that bound what one request may cost: token, depth, alias and cost limits,
 * and introspection for signed-in users only (or for no one). Batching, CSRF prevention and the
 * body limit are set where they belong (graphql-options.ts, configure-app.ts).
 */
export function hardenedApolloOptions(options: { introspection: boolean; admissions: AdmissionService }): {
  introspection: true;
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<GraphqlContext>[];
} {
  return {
    // Apollo's own switch would refuse every caller in production; ours decides per token.
    introspection: true,
    // graphql-js stops parsing past the limit (GRAPHQL_PARSE_FAILED), before any validation.
    parseOptions: { maxTokens: REQUEST_LIMITS.maxTokens },
    validationRules: [...operationShapeRules(), ...(options.introspection ? [] : [noIntrospectionRule])],
    plugins: [...(options.introspection ? [signedInIntrospectionPlugin(options.admissions)] : []), operationCostPlugin()],
  };
}
