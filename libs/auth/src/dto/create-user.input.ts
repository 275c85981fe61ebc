import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, Matches, MaxLength } from 'class-validator';

import { IsEntityId, Role } from '@rural/core';

import { IsStrongPassword } from '../password-strength.js';

@InputType({ description: 'A new user account.' })
export class CreateUserInput {
  @Field({ description: '用户名 — 3 to 50 letters, digits, _ . or -; unique regardless of case.' })
  @IsString({ message: '用户名不能为空' })
  @Matches(/^[A-Za-z0-9_.-]{3,50}$/, { message: '用户名须为 3–50 位字母、数字或 _ . -' })
  username: string;

  @Field({ description: '密码 — at least 8 characters, letters and digits, not a common password, not containing the username.' })
  @IsString({ message: '密码不能为空' })
  @MaxLength(200, { message: '密码最多 200 位' })
  @IsStrongPassword()
  password: string;

  @Field(() => Role, { description: '角色 — what the user may do.' })
  @IsEnum(Role, { message: '角色不正确' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The division the user works in (a town clerk: the town).' })
  @IsEntityId('所属区划', { optional: true })
  divisionId?: string | null;
}
