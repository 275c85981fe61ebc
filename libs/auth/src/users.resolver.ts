import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Allow, Ctx, PaginationArgs, Role, type RequestContext } from '@rural/core';

import { CreateUserInput } from './dto/create-user.input.js';
import { UpdateUserInput } from './dto/update-user.input.js';
import { UserList } from './dto/user-list.js';
import { User } from './user.entity.js';
import { UsersService } from './users.service.js';

/** User accounts: administrators only. */
@Resolver(() => User)
@Allow(Role.ADMIN)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => User, { nullable: true, description: '用户 — one user by id (administrators).' })
  user(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID, description: 'The user.' }) id: string): Promise<User | null> {
    return this.users.findById(ctx, id);
  }

  @Query(() => UserList, { name: 'users', description: '用户列表 — all users, oldest first (administrators).' })
  listUsers(@Ctx() ctx: RequestContext, @Args() { skip, take }: PaginationArgs): Promise<UserList> {
    return this.users.list(ctx, skip, take);
  }

  @Mutation(() => User, { description: '新建用户 — creates a user account (administrators).' })
  createUser(@Ctx() ctx: RequestContext, @Args('input') input: CreateUserInput): Promise<User> {
    return this.users.create(ctx, input);
  }

  @Mutation(() => User, { description: "修改用户 — changes a user's name, password, role or division (administrators)." })
  updateUser(@Ctx() ctx: RequestContext, @Args('input') input: UpdateUserInput): Promise<User> {
    return this.users.update(ctx, input);
  }

  @Mutation(() => ID, { description: '删除用户 — deletes a user account and ends its sessions (administrators).' })
  deleteUser(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.users.delete(ctx, id);
  }
}
