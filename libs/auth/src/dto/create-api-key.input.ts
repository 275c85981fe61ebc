import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';

import { IsEntityId, IsText, Role } from '@rural/core';

@InputType({ description: 'A new API key for another system.' })
export class CreateApiKeyInput {
  @Field({ description: '名称 — what the key is for, up to 100 characters.' })
  @IsText('名称', 100)
  name: string;

  @Field(() => Role, { description: '角色 — VIEWER (reads) or EDITOR (also writes); a key is never an administrator.' })
  @IsIn([Role.VIEWER, Role.EDITOR], { message: '接口密钥的角色只能是 VIEWER 或 EDITOR' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The division the key is limited to; null: the whole database.' })
  @IsEntityId('所属区划', { optional: true })
  divisionId?: string | null;
}
