import { ArgumentsHost, NotFoundException, PayloadTooLargeException } from '@nestjs/common';

import { ConflictError, ForbiddenError, TooManyRequestsError, UnauthenticatedError, UserInputError } from '@rural/core';

import { JsonErrorFilter } from './json-error.filter.js';

interface Sent {
  status?: number;
  body?: unknown;
  headers: Record<string, string>;
}

function hostFor(sent: Sent): ArgumentsHost {
  const response = {
    status(code: number) {
      sent.status = code;
      return response;
    },
    json(body: unknown) {
      sent.body = body;
      return response;
    },
    setHeader(name: string, value: string) {
      sent.headers[name] = value;
    },
  };
  return { switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({ id: 'req-1' }) }) } as unknown as ArgumentsHost;
}

function send(exception: unknown): Sent {
  const sent: Sent = { headers: {} };
  new JsonErrorFilter().catch(exception, hostFor(sent));
  return sent;
}

describe('JsonErrorFilter', () => {
  it.each([
    [UserInputError.field('file', '文件不是 xlsx'), 400, 'BAD_USER_INPUT', '文件不是 xlsx'],
    [new UnauthenticatedError('请先登录'), 401, 'UNAUTHENTICATED', '请先登录'],
    [new ForbiddenError('只有管理员可以下载行政区划模板'), 403, 'FORBIDDEN', '只有管理员可以下载行政区划模板'],
    [new ConflictError('已有同名基地'), 409, 'CONFLICT', '已有同名基地'],
    [new PayloadTooLargeException(), 413, 'PAYLOAD_TOO_LARGE', '文件过大，超过了允许的大小'],
    [new NotFoundException(), 404, 'NOT_FOUND', '请求的内容不存在'],
  ])('answers %s as %i { code: %s }', (exception, status, code, message) => {
    expect(send(exception)).toEqual({ status, body: { code, message }, headers: {} });
  });

  it('says when to retry after too many requests', () => {
    expect(send(new TooManyRequestsError('请求过于频繁，请 30 秒后再试', 30))).toEqual({
      status: 429,
      body: { code: 'TOO_MANY_REQUESTS', message: '请求过于频繁，请 30 秒后再试' },
      headers: { 'Retry-After': '30' },
    });
  });

  it('answers anything unexpected as 500 with the request id, never its text', () => {
    const sent = send(new Error('relation "base" does not exist at character 15'));
    expect(sent.status).toBe(500);
    expect(sent.body).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      message: '服务器内部错误，请稍后再试；如反复出现，请把请求编号告知管理员',
      requestId: 'req-1',
    });
  });
});
