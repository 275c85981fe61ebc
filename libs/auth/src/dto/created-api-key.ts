import { Field, ObjectType } from '@nestjs/graphql';

import { Paginated } from '@rural/core';

import { ApiKey } from '../api-key.entity.js';

@ObjectType({ description: 'A new API key: the key itself, shown this once, and what is kept about it.' })
export class CreatedApiKey {
  @Field({ description: 'The key: send it as `Authorization: Bearer <key>`. Shown only now; only its hash is kept.' })
  key: string;

  @Field(() => ApiKey, { description: "The key's record." })
  apiKey: ApiKey;
}

@ObjectType({ description: 'A page of API keys.' })
export class ApiKeyList extends Paginated(ApiKey, 'API keys') {}
