/** The stable `extensions.code` values clients may rely on (see docs/api.md). */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** The database cannot be reached right now (stopped, restarting, unreachable); retry later. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** A report ran longer than REPORT_TIMEOUT_MS and was stopped by the database. */
  REPORT_TIMEOUT = 'REPORT_TIMEOUT',
  /** Too many requests from one token or address this minute; `extensions.retryAfterSeconds` says when to retry. */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** A file (or a request body) larger than the configured limit; the message gives the limit. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
}
