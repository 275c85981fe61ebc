import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Allow, CurrentUser, PaginationArgs, Role, type AuthenticatedUser } from '@rural/core';

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

  @Query(() => User, {
    nullable: true,
    description: "用户 — one user by id (administrators); null when there is none or it lies outside a scoped administrator's division.",
  })
  user(
    @Args('id', { type: () => ID, description: 'The user.' }) id: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<User | null> {
    return this.users.findById(id, caller.divisionId);
  }

  @Query(() => UserList, {
    name: 'users',
    description: '用户列表 — all users, oldest first (administrators); a scoped administrator sees only the accounts of their division.',
  })
  listUsers(@Args() { skip, take }: PaginationArgs, @CurrentUser() caller: AuthenticatedUser): Promise<UserList> {
    return this.users.list(skip, take, caller.divisionId);
  }

  @Mutation(() => User, { description: '新建用户 — creates a user account (administrators).' })
  createUser(@Args('input') input: CreateUserInput): Promise<User> {
    return this.users.create(input);
  }

  @Mutation(() => User, { description: "修改用户 — changes a user's name, password, role or division (administrators)." })
  updateUser(@Args('input') input: UpdateUserInput): Promise<User> {
    return this.users.update(input);
  }

  @Mutation(() => ID, { description: '删除用户 — deletes a user account and ends its sessions (administrators).' })
  deleteUser(@Args('id', { type: () => ID }) id: string, @CurrentUser() actor: AuthenticatedUser): Promise<string> {
    return this.users.delete(id, actor);
  }
}
