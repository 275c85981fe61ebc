import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { getNamedType, Kind, type GraphQLResolveInfo } from 'graphql';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DataSource, type EntityTarget } from 'typeorm';

import { ConflictError, UserInputError, type GraphqlContext } from '@rural/core';
import { IdempotencyKeys, inputHash, Transactions, type IdempotentCreate } from '@rural/database';

const HEADER = 'idempotency-key';
/** The mutations that make a row: `createBase`, `recordOutcome`, … — every one is covered, present and future. */
const CREATE_MUTATION = /^(create|record)[A-Z]/;
/** Visible ASCII, as HTTP header values are; a UUID is the usual choice. */
const KEY_FORMAT = /^[\x21-\x7e]{1,200}$/;

/**
 * The `Idempotency-Key` header on a create mutation: the key, the mutation and a digest of its
 * arguments are stored in the create's own transaction, so a retry of the same create answers
 * the row the first one made (read again), the same key with other input is refused, and a
 * create that fails leaves no key. One place for every create: the services know nothing of it.
 */
@Injectable()
export class IdempotentCreateInterceptor implements NestInterceptor {
  constructor(
    private readonly transactions: Transactions,
    private readonly keys: IdempotencyKeys,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const graphql = GqlExecutionContext.create(context);
    const request = graphql.getContext<GraphqlContext>();
    const key = request.req?.headers[HEADER];
    const info = graphql.getInfo<GraphQLResolveInfo>();
    if (key === undefined || info.parentType.name !== 'Mutation' || !request.requestContext) return next.handle();

    const create: IdempotentCreate = { key: this.checkedKey(key), operation: info.fieldName, inputHash: inputHash(graphql.getArgs()) };
    const entity = this.createdEntity(info);
    const outer = request.requestContext;
    return from(
      this.transactions.run(outer, async (tx) => {
        const claim = await this.keys.claim(tx, create);
        if (claim.kind === 'retry') {
          const first = await tx.transaction.findOneBy(entity, { id: claim.resultId });
          if (!first) throw new ConflictError(`这个 Idempotency-Key 新建的记录（编号 ${claim.resultId}）已被删除`, 'Idempotency-Key');
          return first;
        }
        // The resolver's service joins this transaction: the key and the row commit or roll back together.
        request.requestContext = tx;
        try {
          const created = (await lastValueFrom(next.handle())) as { id: string };
          await this.keys.complete(tx, create, created.id);
          return created;
        } finally {
          request.requestContext = outer;
        }
      }),
    );
  }

  private checkedKey(key: string | string[]): string {
    if (typeof key !== 'string' || !KEY_FORMAT.test(key)) {
      throw UserInputError.field('Idempotency-Key', 'Idempotency-Key 须为 1 至 200 个可见的 ASCII 字符（例如一个 UUID），且只能有一个');
    }
    return key;
  }

  /** The entity the create mutation answers; refused for any other mutation, or for a request holding more than one field. */
  private createdEntity(info: GraphQLResolveInfo): EntityTarget<{ id: string }> {
    const fields = info.operation.selectionSet.selections;
    if (fields.length !== 1 || fields[0].kind !== Kind.FIELD) {
      throw UserInputError.field('Idempotency-Key', '带 Idempotency-Key 的请求只能含一个新建操作');
    }
    const metadata = CREATE_MUTATION.test(info.fieldName)
      ? this.dataSource.entityMetadatas.find((entity) => entity.name === getNamedType(info.returnType).name)
      : undefined;
    if (!metadata) throw UserInputError.field('Idempotency-Key', `${info.fieldName} 不是可以用 Idempotency-Key 重试的新建操作`);
    return metadata.target as EntityTarget<{ id: string }>;
  }
}
