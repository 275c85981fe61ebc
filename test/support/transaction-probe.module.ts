import { setTimeout as delay } from 'node:timers/promises';

import { Module } from '@nestjs/common';
import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { ConflictError, Ctx, type RequestContext } from '@rural/core';
import { Transactions } from '@rural/database';

/**
 * Test-only mutations that exercise the database machinery itself rather than a use case: a
 * transaction that can be held open and made to fail, and a query that fails inside PostgreSQL.
 * Imported next to AppModule through `startTestApp({ extraModules: [TransactionProbeModule] })`.
 */
@Resolver()
class TransactionProbeResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {}

  @Mutation(() => String, {
    description:
      '事务探针 — inserts an enterprise named `name` in one transaction, keeps it open for holdMs, then rolls back when fail is true; returns the new id (tests only).',
  })
  probeTransaction(
    @Ctx() ctx: RequestContext,
    @Args('name', { type: () => String, description: '企业名称 — the name of the row to insert.' }) name: string,
    @Args('holdMs', {
      type: () => Int,
      nullable: true,
      description: '保持时长 — milliseconds to keep the transaction open after the insert.',
    })
    holdMs?: number | null,
    @Args('fail', { type: () => Boolean, nullable: true, description: '失败 — throw after the wait so the transaction rolls back.' })
    fail?: boolean | null,
  ): Promise<string> {
    // As every use case does: through the shared helper, which names the caller to the database.
    return this.transactions.run(ctx, async ({ transaction: manager }) => {
      const [row] = await manager.query<{ id: string }[]>(`INSERT INTO enterprise (name) VALUES ($1) RETURNING id::text AS id`, [name]);
      await delay(holdMs ?? 0);
      if (fail) throw new ConflictError(`探针事务“${name}”按要求失败并回滚`);
      return row.id;
    });
  }

  @Mutation(() => String, {
    description: '错误探针 — runs SQL that PostgreSQL refuses, to show that no SQL text reaches the client (tests only).',
  })
  async probeBrokenQuery(): Promise<string> {
    await this.dataSource.query('SELECT no_such_column FROM no_such_table_for_probe');
    return 'unreachable';
  }
}

@Module({ providers: [TransactionProbeResolver] })
export class TransactionProbeModule {}
