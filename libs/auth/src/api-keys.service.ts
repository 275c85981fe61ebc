import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { NotFoundError, type Page, type RequestContext } from '@rural/core';
import { Transactions } from '@rural/database';
import { checkGrantedDivision } from '@rural/geography';

import { ApiKey } from './api-key.entity.js';
import type { CreateApiKeyInput } from './dto/create-api-key.input.js';
import { API_KEY_PREFIX, newSecret, secretHash } from './secret-token.js';

/** Keys for other systems, managed by administrators. */
@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {}

  create(ctx: RequestContext, input: CreateApiKeyInput): Promise<{ key: string; apiKey: ApiKey }> {
    return this.transactions.run(ctx, async (tx) => {
      const manager = tx.transaction;
      const creator = tx.caller;
      await checkGrantedDivision(tx, input.divisionId, '接口密钥');
      const key = newSecret(API_KEY_PREFIX);
      const saved = await manager.save(
        manager.create(ApiKey, {
          name: input.name,
          role: input.role,
          divisionId: input.divisionId ?? null,
          keyHash: secretHash(key),
          createdById: creator.kind === 'USER' ? creator.id : null,
        }),
      );
      return { key, apiKey: await manager.findOneOrFail(ApiKey, { where: { id: saved.id }, relations: { division: true } }) };
    });
  }

  /** Every key, or for a scoped administrator the keys limited to their division's subtree. */
  async list(ctx: RequestContext, skip: number, take: number): Promise<Page<ApiKey>> {
    const scope = ctx.scope;
    const query = this.dataSource.getRepository(ApiKey).createQueryBuilder('key').leftJoinAndSelect('key.division', 'division');
    if (scope) query.where('division.ancestorIds @> ARRAY[:scope]::bigint[]', { scope });
    const [items, totalItems] = await query.orderBy('key.id', 'ASC').skip(skip).take(take).getManyAndCount();
    return { items, totalItems };
  }

  /** Stops a key at once: every request looks the key up, so no process keeps accepting it. */
  revoke(ctx: RequestContext, id: string): Promise<string> {
    return this.transactions.run(ctx, async (tx) => {
      const manager = tx.transaction;
      const key = await manager.findOne(ApiKey, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!key) throw new NotFoundError('接口密钥', id, 'id');
      if (!key.revokedAt) await manager.update(ApiKey, { id }, { revokedAt: () => 'now()' });
      return id;
    });
  }
}
