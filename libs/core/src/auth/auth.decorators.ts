import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import { UnauthenticatedError } from '../errors/domain-errors.js';
import type { GraphqlContext, RequestContext } from '../request-context.js';
import type { Role } from './role.js';

export const ALLOW_ROLE_KEY = 'rural:allow-role';
export const PUBLIC_KEY = 'rural:public';

/**
 * The least role an operation needs. Without it a query needs any signed-in user and a mutation
 * needs EDITOR, so a forgotten decorator never opens a write to viewers.
 */
export const Allow = (role: Role) => SetMetadata(ALLOW_ROLE_KEY, role);

/** Marks the operations that need no token (only `login`). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * The request context of the current GraphQL request, made by the auth guard once it has admitted
 * the caller. Fails closed: an operation without an admitted caller gets no context.
 */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const graphql = GqlExecutionContext.create(context).getContext<GraphqlContext>();
  if (!graphql.requestContext) throw new UnauthenticatedError();
  return graphql.requestContext;
});
