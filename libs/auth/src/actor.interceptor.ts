import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { Observable } from 'rxjs';

import { actAs, type RequestContext } from '@rural/core';

/**
 * Runs each GraphQL operation as the caller the auth guard found, so that the transactions it
 * opens tell the database who acts (for the audit trail).
 */
@Injectable()
export class ActorInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const user = GqlExecutionContext.create(context).getContext<RequestContext>().user;
    if (!user) return next.handle();
    return new Observable((subscriber) => actAs(user, () => next.handle().subscribe(subscriber)));
  }
}
