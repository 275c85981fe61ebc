import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ValidationContext, ValidationRule } from 'graphql';

import { refusedRequest, REQUEST_LIMITS, RequestRefusal } from './request-limits.js';

/** Reports our Chinese error instead of the library's English one (which it would throw). */
function refuseWith(message: string, reason: RequestRefusal) {
  return (context: ValidationContext | null) => context?.reportError(refusedRequest(message, reason));
}

/**
 * Depth and alias limits as validation rules: they run once per distinct document (Apollo caches
 * validated documents) and refuse it with GRAPHQL_VALIDATION_FAILED before anything executes.
 */
export function operationShapeRules(): ValidationRule[] {
  return [
    maxDepthRule({
      n: REQUEST_LIMITS.maxDepth,
      // Fragments add no level of their own: only fields nest the response.
      flattenFragments: true,
      // The explorer's schema query nests `ofType` deeply; it is gated by sign-in instead.
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [refuseWith(`查询嵌套过深：最多允许 ${REQUEST_LIMITS.maxDepth} 层`, RequestRefusal.DEPTH_LIMIT)],
    }),
    maxAliasesRule({
      n: REQUEST_LIMITS.maxAliases,
      propagateOnRejection: false,
      onReject: [refuseWith(`查询使用的别名过多：每个操作最多 ${REQUEST_LIMITS.maxAliases} 个`, RequestRefusal.ALIAS_LIMIT)],
    }),
  ];
}
