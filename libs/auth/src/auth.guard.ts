import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';

import {
  ALLOW_ROLE_KEY,
  ForbiddenError,
  PUBLIC_KEY,
  RequestContext,
  Role,
  roleCovers,
  UnauthenticatedError,
  type GraphqlContext,
} from '@rural/core';

import { AdmissionService, type Admission } from './admission.service.js';
import { bearerToken } from './bearer-token.js';

/**
 * The one guard for every GraphQL operation: the request within its rate limits, then (but for
 * `login`) a valid bearer token, then a role at least the operation's `@Allow` (queries default
 * to VIEWER, mutations to EDITOR).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly admissions: AdmissionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Plain HTTP routes (the health probe) are public.
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    const graphql = GqlExecutionContext.create(context);
    const request = graphql.getContext<GraphqlContext & { admission?: Promise<Admission> }>();
    // Top-level fields of one request are guarded concurrently: they share one admission — one
    // statement that counts the request against the rate limits and finds the caller.
    request.admission ??= this.admissions.admit(request.req);
    const { caller: user } = await request.admission;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    if (!bearerToken(request.req.headers.authorization)) throw new UnauthenticatedError('请先登录：请求须带 Authorization: Bearer <令牌>');
    if (!user) throw new UnauthenticatedError('登录已失效，请重新登录');
    request.user = user;
    // One context per request, shared by its top-level fields (guarded concurrently) and their resolvers.
    request.requestContext ??= RequestContext.forCaller(user, String(request.req.id ?? ''), request.loaders);

    const isMutation = graphql.getInfo().parentType.name === 'Mutation';
    const needed = this.reflector.getAllAndOverride<Role>(ALLOW_ROLE_KEY, targets) ?? (isMutation ? Role.EDITOR : Role.VIEWER);
    if (!roleCovers(user.role, needed)) throw new ForbiddenError(needed === Role.ADMIN ? '只有管理员可以执行此操作' : '没有修改数据的权限');
    return true;
  }
}
