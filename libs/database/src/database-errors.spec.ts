import { QueryFailedError } from 'typeorm';

import { ErrorCode } from '@rural/core';

import { isConnectionFailure, translateDatabaseError } from './database-errors.js';

/** An error shaped the way the `pg` driver or Node's socket layer raises it. */
function driverError(message: string, fields: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), fields);
}

/** The same error as TypeORM hands it on when it happened during a statement. */
function duringStatement(error: Error): QueryFailedError {
  return new QueryFailedError('SELECT 1', [], error);
}

describe('what a failure of the database means to a client', () => {
  it.each([
    [
      'the server refuses the connection (stopped)',
      driverError('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED', syscall: 'connect' }),
    ],
    ['the connection is reset', driverError('read ECONNRESET', { code: 'ECONNRESET', syscall: 'read' })],
    ['the host name does not resolve', driverError('getaddrinfo ENOTFOUND db', { code: 'ENOTFOUND' })],
    ['a Unix socket that is gone', driverError('connect ENOENT /tmp/x/.s.PGSQL.5432', { code: 'ENOENT', syscall: 'connect' })],
    ['57P01 admin_shutdown (pg_ctl stop)', driverError('terminating connection due to administrator command', { code: '57P01' })],
    ['57P02 crash_shutdown', driverError('terminating connection because of crash of another server process', { code: '57P02' })],
    ['57P03 cannot_connect_now', driverError('the database system is starting up', { code: '57P03' })],
    ['53300 too_many_connections', driverError('sorry, too many clients already', { code: '53300' })],
    ['08006 connection_failure', driverError('connection failure', { code: '08006' })],
    ['08P01 protocol_violation', driverError('protocol violation', { code: '08P01' })],
    ['a connection that died without a word', driverError('Connection terminated unexpectedly')],
    ['the pool gave up waiting for a connection', driverError('timeout exceeded when trying to connect')],
    ['the connect timeout', driverError('Connection terminated due to connection timeout')],
    ['a client already broken', driverError('Client has encountered a connection error and is not queryable')],
    [
      'both addresses of localhost refused',
      new AggregateError([driverError('connect ECONNREFUSED ::1:5432', { code: 'ECONNREFUSED' })], ''),
    ],
  ])('%s is DATABASE_UNAVAILABLE, bare or during a statement', (_label, error) => {
    expect(isConnectionFailure(error)).toBe(true);
    for (const thrown of [error, duringStatement(error)]) {
      const translated = translateDatabaseError(thrown);
      expect(translated?.extensions.code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
      expect(translated?.message).toMatch(/数据库暂时不可用/);
      expect(translated?.message).not.toMatch(/[A-Za-z]{4,}/);
    }
  });

  it('a statement stopped by statement_timeout is REPORT_TIMEOUT', () => {
    const translated = translateDatabaseError(
      duringStatement(driverError('canceling statement due to statement timeout', { code: '57014' })),
    );
    expect(translated?.extensions.code).toBe(ErrorCode.REPORT_TIMEOUT);
    expect(translated?.message).toMatch(/报表计算超时/);
  });

  it.each([
    [
      'a statement cancelled by an administrator',
      duringStatement(driverError('canceling statement due to user request', { code: '57014' })),
    ],
    ['SQL that PostgreSQL refuses', duringStatement(driverError('relation "x" does not exist', { code: '42P01' }))],
    ['a bug in our code', new TypeError('Cannot read properties of undefined')],
    ['an error naming no connection', driverError('connection string is malformed')],
  ])('%s is not translated (masked and logged as an internal error)', (_label, error) => {
    expect(isConnectionFailure(error)).toBe(false);
    expect(translateDatabaseError(error)).toBeNull();
  });

  it('a constraint violation keeps its own meaning', () => {
    const translated = translateDatabaseError(
      duringStatement(driverError('duplicate key', { code: '23505', constraint: 'UQ_division_code' })),
    );
    expect(translated?.extensions.code).toBe(ErrorCode.CONFLICT);
  });
});
