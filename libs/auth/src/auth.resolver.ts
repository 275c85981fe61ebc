import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, NotFoundError, Public, type AuthenticatedUser } from '@rural/core';
import { AuthService } from './auth.service.js';
import { AuthSession } from './dto/auth-session.js';
import { User } from './user.entity.js';
import { UsersService } from './users.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Mutation(() => AuthSession, { description: '登录 — signs in and returns a bearer token for every other call.' })
  login(
    @Args('username', { description: 'The username.' }) username: string,
    @Args('password', { description: 'The password.' }) password: string,
  ): Promise<AuthSession> {
    return this.auth.login(username, password);
  }

  @Query(() => User, { description: '当前用户 — the signed-in user.' })
  async me(@CurrentUser() current: AuthenticatedUser): Promise<User> {
    const user = await this.users.findById(current.id);
    if (!user) throw new NotFoundError('用户', current.id);
    return user;
  }
}
