import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Allow, CurrentUser, PaginationArgs, Role, type AuthenticatedUser } from '@rural/core';

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
  createApiKey(@Args('input') input: CreateApiKeyInput, @CurrentUser() creator: AuthenticatedUser): Promise<CreatedApiKey> {
    return this.keys.create(input, creator);
  }

  @Query(() => ApiKeyList, { description: '接口密钥列表 — every key, revoked ones included, oldest first (administrators).' })
  apiKeys(@Args() { skip, take }: PaginationArgs, @CurrentUser() caller: AuthenticatedUser): Promise<ApiKeyList> {
    return this.keys.list(skip, take, caller.divisionId);
  }

  @Mutation(() => ID, { description: '吊销接口密钥 — stops a key at once, on every server (administrators).' })
  revokeApiKey(@Args('id', { type: () => ID, description: 'The key.' }) id: string): Promise<string> {
    return this.keys.revoke(id);
  }
}
