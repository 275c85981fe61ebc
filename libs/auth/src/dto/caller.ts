import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Role } from '@rural/core';
import { Division } from '@rural/geography';

/** How the caller signed in. */
export enum CallerKind {
  USER = 'USER',
  API_KEY = 'API_KEY',
}

registerEnumType(CallerKind, {
  name: 'CallerKind',
  description: '调用方类型 — a user signed in with a password (USER), or another system with an API key (API_KEY).',
  valuesMap: {
    USER: { description: '用户 — a person signed in with a password.' },
    API_KEY: { description: '接口密钥 — another system calling with an API key.' },
  },
});

@ObjectType({ description: '调用方 — who is making this request: a user or an API key, with its role and division.' })
export class Caller {
  @Field(() => CallerKind, { description: 'Whether the caller is a user or an API key.' })
  kind: CallerKind;

  @Field(() => ID, { description: "The user's or the key's id." })
  id: string;

  @Field({ description: '名称 — the username, or the API key’s name.' })
  name: string;

  @Field(() => Role, { description: '角色 — what the caller may do.' })
  role: Role;

  @Field(() => Division, {
    nullable: true,
    description: '所属区划 — the division whose subtree bounds what the caller sees and writes; null: the whole database.',
  })
  division: Division | null;
}
