import { GraphQLError } from 'graphql';

import { ErrorCode } from './error-codes.js';

/** One invalid input field, named by its path inside the operation's input. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Base of every error a client may see. The message is Chinese and meant for a clerk; nothing
 * from the database or the stack is ever put into it.
 */
export abstract class DomainError extends GraphQLError {
  protected constructor(message: string, code: ErrorCode, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class UserInputError extends DomainError {
  readonly fields: FieldProblem[];

  constructor(fields: FieldProblem[] | FieldProblem) {
    const list = Array.isArray(fields) ? fields : [fields];
    super(list.map((problem) => problem.message).join('；') || '输入有误', ErrorCode.BAD_USER_INPUT, {
      fields: list,
    });
    this.fields = list;
  }

  /** Shorthand for the common case of a single field at fault. */
  static field(field: string, message: string): UserInputError {
    return new UserInputError({ field, message });
  }
}

export class NotFoundError extends DomainError {
  /** `what` is the Chinese noun of the missing thing, e.g. "基地". */
  constructor(what: string, id?: string, field?: string) {
    const message = id === undefined ? `${what}不存在` : `${what}（编号 ${id}）不存在`;
    super(message, ErrorCode.NOT_FOUND, field ? { fields: [{ field, message }] } : {});
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, field?: string) {
    super(message, ErrorCode.CONFLICT, field ? { fields: [{ field, message }] } : {});
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = '请先登录', extra: Record<string, unknown> = {}) {
    super(message, ErrorCode.UNAUTHENTICATED, extra);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = '没有执行此操作的权限') {
    super(message, ErrorCode.FORBIDDEN);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, ErrorCode.TOO_MANY_REQUESTS, { retryAfterSeconds });
  }
}
