import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

import {
  DomainError,
  ErrorCode,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  UserInputError,
  type GraphqlContext,
} from '@rural/core';
import { DatabaseUnavailableError, ReportTimeoutError, translateDatabaseError } from '@rural/database';

const INTERNAL_MESSAGE = '服务器内部错误，请稍后再试；如反复出现，请把请求编号告知管理员';

/**
 * Every exception a resolver throws passes here. Domain errors go out as they are; database
 * constraint violations become the domain error they stand for; everything else is logged with
 * the request id and reaches the client only as INTERNAL_SERVER_ERROR with that id.
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, host: ArgumentsHost): GraphQLError {
    if (exception instanceof DomainError) return exception;
    const translated = translateDatabaseError(exception);
    // An outage or a stopped report is the operator's business too: logged, with the cause.
    if (translated instanceof DatabaseUnavailableError || translated instanceof ReportTimeoutError) {
      const what = translated instanceof ReportTimeoutError ? 'report stopped by its statement timeout' : 'database unavailable';
      this.logger.warn({ err: exception, requestId: requestIdOf(host) }, what);
    }
    if (translated) return translated;
    const fromHttp = fromHttpException(exception);
    if (fromHttp) return fromHttp;
    const requestId = requestIdOf(host);
    this.logger.error({ err: exception, requestId }, 'unexpected error in a GraphQL operation');
    return new GraphQLError(INTERNAL_MESSAGE, {
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
    });
  }
}

function requestIdOf(host: ArgumentsHost): string | undefined {
  const context = GqlArgumentsHost.create(host).getContext<GraphqlContext | undefined>();
  return context?.req?.id === undefined ? undefined : String(context.req.id);
}

/** Errors Nest itself raises (guards, pipes) mapped onto our vocabulary. */
function fromHttpException(exception: unknown): DomainError | null {
  if (!(exception instanceof HttpException)) return null;
  switch (exception.getStatus()) {
    case HttpStatus.UNAUTHORIZED:
      return new UnauthenticatedError();
    case HttpStatus.FORBIDDEN:
      return new ForbiddenError();
    case HttpStatus.NOT_FOUND:
      return new NotFoundError('请求的内容');
    case HttpStatus.BAD_REQUEST:
      return new UserInputError({ field: '', message: '请求参数有误' });
    default:
      return null;
  }
}
