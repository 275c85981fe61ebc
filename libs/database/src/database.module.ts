import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { DATABASE_TARGET, DatabaseConnection, type DatabaseTarget } from './database-connection.js';
import { IdempotencyKeys } from './idempotency-keys.js';
import { MIGRATIONS } from './migrations/index.js';
import { ReadRoutingMiddleware } from './replicas/read-routing.middleware.js';
import { ReplicaRouter } from './replicas/replica-router.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import { Transactions } from './transactions.js';

@Module({})
class DatabaseConnectionModule {}

/**
 * The data source: TypeORM over `pg`, schema only through the committed migrations (run at
 * start, never `synchronize`), entities registered by each lib with `TypeOrmModule.forFeature`.
 */
@Module({})
export class DatabaseModule implements NestModule {
  static forRoot(options: {
    imports?: DynamicModule['imports'];
    inject?: never[] | unknown[];
    useTarget: (...deps: never[]) => DatabaseTarget | Promise<DatabaseTarget>;
  }): DynamicModule {
    const connectionModule: DynamicModule = {
      module: DatabaseConnectionModule,
      imports: options.imports ?? [],
      providers: [
        DatabaseConnection,
        { provide: DATABASE_TARGET, useFactory: options.useTarget, inject: (options.inject ?? []) as never[] },
      ],
      exports: [DatabaseConnection, DATABASE_TARGET],
    };
    return {
      module: DatabaseModule,
      // Every lib's use cases open their transactions through the one Transactions provider.
      global: true,
      providers: [Transactions, IdempotencyKeys, ReplicaRouter],
      imports: [
        connectionModule,
        TypeOrmModule.forRootAsync({
          imports: [connectionModule],
          inject: [DatabaseConnection, DATABASE_TARGET],
          useFactory: async (connection: DatabaseConnection, target: DatabaseTarget) => ({
            type: 'postgres' as const,
            ...(await connection.open(target)),
            applicationName: 'rural-outcomes',
            namingStrategy: new SnakeNamingStrategy(),
            autoLoadEntities: true,
            synchronize: false,
            migrations: MIGRATIONS,
            migrationsRun: true,
            migrationsTransactionMode: 'each' as const,
            // Fail at once with one clear line instead of retrying for half a minute.
            retryAttempts: 0,
            // Statements are counted, not printed: failed ones are translated or logged by the
            // GraphQL exception filter.
            logging: ['query' as const],
            logger: connection.statementCounter,
          }),
        }),
      ],
      exports: [connectionModule, Transactions, IdempotencyKeys, ReplicaRouter],
    };
  }

  // Every request gets its read scope (which reads a replica may serve); a no-op without replicas.
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ReadRoutingMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
