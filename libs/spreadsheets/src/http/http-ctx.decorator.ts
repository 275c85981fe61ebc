import { createParamDecorator, ExecutionContext } from '@nestjs/common';

import { RequestContext, UnauthenticatedError } from '@rural/core';

import type { AdmittedRequest } from './http-caller.guard.js';

/** The request context `HttpCallerGuard` made; fails closed on a route the guard did not run on. */
export const HttpCtx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const request = context.switchToHttp().getRequest<AdmittedRequest>();
  if (!request.requestContext) throw new UnauthenticatedError();
  return request.requestContext;
});
