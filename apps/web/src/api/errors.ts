import type { CombinedError } from '@urql/vue';

/** The error codes of the API (api.md, "Errors"). */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'PAYLOAD_TOO_LARGE';

/** One input field the server refused, with its Chinese message. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The first GraphQL error's `extensions.code`, or null for a network failure. */
export function errorCode(error: CombinedError | undefined): ErrorCode | null {
  return (error?.graphQLErrors[0]?.extensions?.code as ErrorCode | undefined) ?? null;
}

/**
 * The Chinese message to show for a failed call: the server's own message (it is written for
 * clerks), or a plain one when the server could not be reached.
 */
export function errorMessage(error: CombinedError | undefined): string {
  if (!error) return '';
  if (error.networkError) return '无法连接服务器，请检查网络后重试。';
  return error.graphQLErrors[0]?.message ?? '操作失败，请重试。';
}

/**
 * A stale edit: someone else saved the record after this form read it (the server refuses the
 * `version` the form sent). The form offers to reload rather than showing a field message.
 */
export function isVersionConflict(error: CombinedError | undefined): boolean {
  return errorCode(error) === 'CONFLICT' && fieldProblems(error).some((problem) => problem.field === 'version');
}

/** `extensions.fields` of a BAD_USER_INPUT error: the fields at fault, each with its message. */
export function fieldProblems(error: CombinedError | undefined): FieldProblem[] {
  const fields = error?.graphQLErrors[0]?.extensions?.fields;
  return Array.isArray(fields) ? (fields as FieldProblem[]) : [];
}

/**
 * Field messages keyed by the form's own field name. The server names the input's field path
 * (`input.areaMu` or `areaMu`); a form binds the last segment.
 */
export function fieldMessages(error: CombinedError | undefined): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const problem of fieldProblems(error)) {
    const name = problem.field.split('.').pop() ?? problem.field;
    messages[name] ??= problem.message;
  }
  return messages;
}
