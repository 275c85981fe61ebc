import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNullableType,
  getVariableValues,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

import type { GraphqlContext } from '@rural/core';

import { refusedRequest, REQUEST_LIMITS, RequestRefusal } from './request-limits.js';

/**
 * A field costs 1 plus its children; a list repeats its children once per item it may hold:
 * `take` items for a paged list (its default when not given), a guess for an unpaged one.
 * A page's `items` are counted by the paged field above them, not again.
 */
export const pageSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection is bounded by the schema's size and gated by sign-in.
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 1 + childComplexity;
  if (field.args.some((argument) => argument.name === 'take')) {
    // A take below 1 is refused later by argument validation; it must not lower the estimate.
    return 1 + Math.max(1, Number(args.take) || 1) * childComplexity;
  }
  const isPageItems = isObjectType(type) && 'totalItems' in type.getFields();
  if (isListType(getNullableType(field.type)) && !isPageItems) return 1 + REQUEST_LIMITS.unpagedListGuess * childComplexity;
  return 1 + childComplexity;
};

/**
 * The operation's estimated cost, or undefined when its variables do not fit their types
 * (execution then refuses them with BAD_USER_INPUT before any resolver runs).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number | undefined {
  if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return undefined;
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      operationName: operation.name?.value,
      estimators: [pageSizeEstimator],
      maxQueryNodes: REQUEST_LIMITS.maxSelections,
    });
  } catch {
    // The walk stops past maxSelections (a fragment bomb): too large, whatever its cost.
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Refuses an operation whose cost exceeds the limit. It runs once the operation is resolved,
 * because the cost depends on the variables (`take: $n`) that validation rules never see; that
 * is still before execution, so a refused operation sends no SQL.
 */
export function operationCostPlugin(): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return; // Apollo has refused the request already.
          const cost = operationCost(schema, document, operation, request.variables ?? {});
          if (cost === undefined || cost <= REQUEST_LIMITS.maxCost) return;
          const estimate = Number.isFinite(cost) ? `估算代价 ${cost}，` : '';
          throw refusedRequest(
            `查询过大（${estimate}上限 ${REQUEST_LIMITS.maxCost}）：请减小每页条数 take，或少选嵌套的列表字段`,
            RequestRefusal.COST_LIMIT,
          );
        },
      };
    },
  };
}
