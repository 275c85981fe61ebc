import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';

import { DomainError, ErrorCode } from '@rural/core';
import { translateDatabaseError } from '@rural/database';

const INTERNAL_MESSAGE = '服务器内部错误，请稍后再试；如反复出现，请把请求编号告知管理员';

const STATUS_OF_CODE: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.TOO_MANY_REQUESTS]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.PAYLOAD_TOO_LARGE]: HttpStatus.PAYLOAD_TOO_LARGE,
  [ErrorCode.DATABASE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
};

// What Nest itself raises on these routes (a body over the limit, an unknown method) in our words.
const CODE_OF_STATUS: Record<number, { code: string; message: string }> = {
  [HttpStatus.PAYLOAD_TOO_LARGE]: { code: ErrorCode.PAYLOAD_TOO_LARGE, message: '文件过大，超过了允许的大小' },
  [HttpStatus.NOT_FOUND]: { code: ErrorCode.NOT_FOUND, message: '请求的内容不存在' },
  [HttpStatus.BAD_REQUEST]: { code: ErrorCode.BAD_USER_INPUT, message: '请求有误' },
};

/**
 * Refusals of the spreadsheet routes as docs/api.md fixes them: JSON `{ code, message }` with the
 * matching HTTP status, the message in Chinese. Anything unexpected is logged with the request id
 * and answered 500 with that id, never with a stack trace or SQL.
 */
@Catch()
export class JsonErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Spreadsheets');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const requestId = String(http.getRequest<Request>().id ?? '');
    const error = exception instanceof DomainError ? exception : translateDatabaseError(exception);
    if (error) {
      const code = String(error.extensions.code);
      const retryAfter = error.extensions.retryAfterSeconds;
      if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
      response.status(STATUS_OF_CODE[code] ?? HttpStatus.BAD_REQUEST).json({ code, message: error.message });
      return;
    }
    const known = exception instanceof HttpException ? CODE_OF_STATUS[exception.getStatus()] : undefined;
    if (known && exception instanceof HttpException) {
      response.status(exception.getStatus()).json(known);
      return;
    }
    this.logger.error({ err: exception, requestId }, 'unexpected error on a spreadsheet route');
    response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ code: ErrorCode.INTERNAL_SERVER_ERROR, message: INTERNAL_MESSAGE, requestId });
  }
}
