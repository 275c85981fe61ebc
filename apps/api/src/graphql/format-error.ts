import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

import { ErrorCode, type FieldProblem } from '@rural/core';
import { translateDatabaseError } from '@rural/database';

import { variableFieldLabel } from './variable-labels.js';

const INTERNAL_MESSAGE = '服务器内部错误，请稍后再试；如反复出现，请把请求编号告知管理员';

/** GraphQL's own codes for a request it could not parse or validate. */
const REQUEST_SHAPE_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const CLIENT_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * What a client sees of an error. Our own errors pass as they are (Chinese message, code,
 * fields); variable coercion failures become BAD_USER_INPUT naming the field; anything else is
 * masked to INTERNAL_SERVER_ERROR with the request id, so no SQL or stack trace ever leaves.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  requestId: string | undefined,
  logUnexpected: (formatted: GraphQLFormattedError) => void,
  original?: unknown,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (code === ErrorCode.BAD_USER_INPUT && !formatted.extensions?.fields) {
    const problem = coercionProblem(formatted.message, original);
    return { ...base, message: problem.message, extensions: { code, fields: [problem] } };
  }
  if (code === ErrorCode.INTERNAL_SERVER_ERROR && formatted.extensions?.requestId) {
    // Already masked and logged by GraphqlExceptionFilter: keep its request id.
    return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: { code, requestId: formatted.extensions.requestId } };
  }
  if (CLIENT_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    // `retryAfterSeconds` tells a locked-out or rate-limited client when to try again.
    return { ...base, extensions: pick(formatted.extensions, ['code', 'fields', 'retryAfterSeconds']) };
  }
  if (REQUEST_SHAPE_CODES.has(code)) {
    // `reason` names the limit a refused request broke (see request-limits.ts).
    return { ...base, extensions: pick(formatted.extensions, ['code', 'reason']) };
  }
  // A database failure where GraphqlExceptionFilter does not reach (field resolvers, plugins):
  // the same translation, so a lost database is DATABASE_UNAVAILABLE wherever it shows.
  const translated = original === undefined ? null : translateDatabaseError(unwrapResolverError(original));
  if (translated) return { ...base, message: translated.message, extensions: pick(translated.extensions, ['code', 'fields']) };
  logUnexpected(formatted);
  return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId } };
}

/**
 * graphql-js reports a bad variable as `Variable "$input" got invalid value … at "input.areaMu";
 * <reason>`. The field is taken from that text and keeps its path in `fields[].field`; the
 * message names it by its Chinese label (see variable-labels.ts) and gives our scalar's Chinese
 * reason when a scalar refused it, a generic one otherwise (a missing field, a wrong type).
 */
function coercionProblem(message: string, original: unknown): FieldProblem {
  const variable = /Variable "\$([^"]+)"/.exec(message)?.[1] ?? '';
  const at = /at "([^"]+)"/.exec(message)?.[1] ?? variable;
  // Fields are named inside the argument, as the validation pipe names them ("areaMu", not "input.areaMu").
  const inside = at.split('.').slice(1);
  const missing = /Field "([^"]+)" of required type/.exec(message)?.[1];
  const path = [...inside, ...(missing ? [missing] : [])];
  const field = path.join('.') || at;
  // A field deep inside a list of inputs may have no label of its own: never the English name.
  const label = variableFieldLabel(original, path, variable) ?? '该项';
  const reason = /; (.+)$/.exec(message)?.[1] ?? '';
  if (/[\u4e00-\u9fff]/.test(reason)) return { field, message: `${label}：${reason}` };
  if (/of required type .* was not provided|must not be null/.test(reason + message)) {
    return { field, message: `${label}必须填写` };
  }
  if (/^Int cannot represent/.test(reason)) return { field, message: `${label}须为整数` };
  if (/does not exist in ".+" enum/.test(reason)) return { field, message: `${label}的取值不在可选范围内` };
  return { field, message: `${label}的值类型不正确` };
}

function pick(source: Record<string, unknown> | undefined, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => source?.[key] !== undefined).map((key) => [key, source?.[key]]));
}
