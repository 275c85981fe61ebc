import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Allow, Ctx, PaginationArgs, Role, type RequestContext } from '@rural/core';

import { ApiKeysService } from './api-keys.service.js';
import { CreateApiKeyInput } from './dto/create-api-key.input.js';
import { ApiKeyList, CreatedApiKey } from './dto/created-api-key.js';

/** API keys: administrators only. */
@Resolver()
@Allow(Role.ADMIN)
export class ApiKeysResolver {
  constructor(private readonly keys: ApiKeysService) {}

  @Mutation(() => CreatedApiKey, {
    description: '新建接口密钥 — creates a key for another system; the key is shown once (administrators).',
  })
  createApiKey(@Ctx() ctx: RequestContext, @Args('input') input: CreateApiKeyInput): Promise<CreatedApiKey> {
    return this.keys.create(ctx, input);
  }

  @Query(() => ApiKeyList, { description: '接口密钥列表 — every key, revoked ones included, oldest first (administrators).' })
  apiKeys(@Ctx() ctx: RequestContext, @Args() { skip, take }: PaginationArgs): Promise<ApiKeyList> {
    return this.keys.list(ctx, skip, take);
  }

  @Mutation(() => ID, { description: '吊销接口密钥 — stops a key at once, on every server (administrators).' })
  revokeApiKey(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The key.' }) id: string): Promise<string> {
    return this.keys.revoke(ctx, id);
  }
}
