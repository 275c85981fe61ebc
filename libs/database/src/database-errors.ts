import { QueryFailedError } from 'typeorm';

import { ConflictError, DomainError, ErrorCode, NotFoundError, UserInputError } from '@rural/core';

import { constraintError, constraintMeaning } from './constraint-messages.js';
import { dependentByConstraint } from './dependent-rows.js';

/** The database cannot be reached: stopped, restarting, or the network to it is down. */
export class DatabaseUnavailableError extends DomainError {
  constructor() {
    super('数据库暂时不可用，请稍后重试；如刚才提交了修改，请在恢复后核对是否已保存', ErrorCode.DATABASE_UNAVAILABLE);
  }
}

/** A report stopped by the database's statement_timeout (REPORT_TIMEOUT_MS). */
export class ReportTimeoutError extends DomainError {
  constructor() {
    super('报表计算超时，已停止；请缩小区划、期间等统计范围后重试', ErrorCode.REPORT_TIMEOUT);
  }
}

const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';
// What an ON DELETE RESTRICT foreign key reports when the referenced row is deleted.
const RESTRICT_VIOLATION = '23001';
const CHECK_VIOLATION = '23514';
const NOT_NULL_VIOLATION = '23502';
// Raised by statement_timeout, which only report connections carry (see DatabaseConnection).
const QUERY_CANCELED = '57014';

/**
 * SQLSTATEs of a server that is going away or not taking connections: 57P01 admin_shutdown
 * (pg_ctl stop), 57P02 crash_shutdown (another backend crashed), 57P03 cannot_connect_now
 * (starting up or in recovery), 53300 too_many_connections; class 08 is "connection exception".
 */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** Socket errors on the way to the server, as Node reports them. */
const UNREACHABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/**
 * What the `pg` driver and its pool say, without a code, when a connection dies or none can be
 * had in time: "Connection terminated unexpectedly", "timeout exceeded when trying to connect",
 * "Client has encountered a connection error and is not queryable".
 */
const LOST_CONNECTION = /^Connection terminated|timeout exceeded when trying to connect|is not queryable/;

/**
 * True when `error` means the database could not be reached or dropped the connection. The
 * driver's error comes bare (the pool could not connect) or inside TypeORM's QueryFailedError
 * (the connection died during a statement); Node wraps parallel connection attempts (IPv4 and
 * IPv6 of one host name) in an AggregateError.
 */
export function isConnectionFailure(error: unknown, depth = 0): boolean {
  if (depth > 3 || typeof error !== 'object' || error === null) return false;
  const candidate = error as {
    code?: unknown;
    syscall?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  const code = typeof candidate.code === 'string' ? candidate.code : '';
  if (UNAVAILABLE_STATES.has(code) || /^08[0-9A-Z]{3}$/.test(code) || UNREACHABLE_ERRNOS.has(code)) return true;
  // A Unix socket that is gone (the embedded server's, or a server's local socket).
  if (code === 'ENOENT' && candidate.syscall === 'connect') return true;
  if (typeof candidate.message === 'string' && LOST_CONNECTION.test(candidate.message)) return true;
  const inner = [candidate.driverError, candidate.cause, ...(Array.isArray(candidate.errors) ? candidate.errors : [])];
  return inner.some((nested) => nested !== error && isConnectionFailure(nested, depth + 1));
}

interface PgError {
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  detail?: string;
}

/**
 * The domain error a failure of the database stands for: a rule violation, a lost or refused
 * connection, a report stopped by its timeout; null for anything else (a bug: masked and logged).
 */
export function translateDatabaseError(error: unknown): DomainError | null {
  if (isConnectionFailure(error)) return new DatabaseUnavailableError();
  if (!(error instanceof QueryFailedError)) return null;
  const pg = error.driverError as PgError;
  if (pg.code === QUERY_CANCELED && /statement timeout/.test(error.message)) return new ReportTimeoutError();
  const meaning = pg.constraint ? constraintMeaning(pg.constraint) : undefined;
  if (meaning) return constraintError(meaning);
  switch (pg.code) {
    case UNIQUE_VIOLATION:
      return new ConflictError('该记录已存在');
    case FOREIGN_KEY_VIOLATION:
    case RESTRICT_VIOLATION:
      return foreignKeyError(pg);
    case CHECK_VIOLATION:
      return new UserInputError({ field: '', message: '数值不符合要求（不能为负数，且须符合格式）' });
    case NOT_NULL_VIOLATION:
      return UserInputError.field(camel(pg.column ?? ''), '该项必须填写');
    default:
      return null;
  }
}

// "update or delete on table X violates …" when X is still referenced; "insert or update on
// table Y violates …" when Y points at a row that does not exist.
function foreignKeyError(pg: PgError): DomainError {
  if (/is (still )?referenced from table/.test(pg.detail ?? '')) {
    const dependent = pg.constraint ? dependentByConstraint(pg.constraint) : undefined;
    return new ConflictError(`仍有${dependent?.noun ?? '其他记录'}引用它，不能删除`, 'id');
  }
  return new NotFoundError('引用的记录');
}

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_m, letter: string) => letter.toUpperCase());
}
