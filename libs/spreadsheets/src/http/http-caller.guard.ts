import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';

import { AdmissionService, bearerToken } from '@rural/auth';
import { RequestContext, UnauthenticatedError } from '@rural/core';

/** An HTTP request once the guard has admitted its caller. */
export interface AdmittedRequest extends Request {
  requestContext?: RequestContext;
}

/**
 * The plain-HTTP counterpart of the GraphQL auth guard (templates now; imports and exports next):
 * the same admission — one statement that counts the rate limits and finds the caller from the
 * bearer token — then a `RequestContext` on the request. No token, or one that opens nothing,
 * is refused as UNAUTHENTICATED; roles are checked by the route, which knows what it serves.
 */
@Injectable()
export class HttpCallerGuard implements CanActivate {
  constructor(private readonly admissions: AdmissionService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AdmittedRequest>();
    const { caller } = await this.admissions.admit(request);
    if (!bearerToken(request.headers.authorization)) throw new UnauthenticatedError('请先登录：请求须带 Authorization: Bearer <令牌>');
    if (!caller) throw new UnauthenticatedError('登录已失效，请重新登录');
    request.requestContext = RequestContext.forCaller(caller, String(request.id ?? ''));
    return true;
  }
}
