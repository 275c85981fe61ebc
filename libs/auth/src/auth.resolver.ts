import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Allow, Ctx, NotFoundError, Public, Role, type GraphqlContext, type RequestContext } from '@rural/core';

import { AuthService } from './auth.service.js';
import { bearerToken } from './bearer-token.js';
import { AuthSession } from './dto/auth-session.js';
import { SessionService } from './session.service.js';
import { User } from './user.entity.js';
import { UsersService } from './users.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @Mutation(() => AuthSession, {
    description:
      '登录 — signs in and returns a bearer token for every other call. After 5 wrong passwords the username is locked for a while.',
  })
  login(
    @Args('username', { description: 'The username.' }) username: string,
    @Args('password', { description: 'The password.' }) password: string,
    @Context() { req }: GraphqlContext,
  ): Promise<AuthSession> {
    return this.auth.login(username, password, req.ip ?? 'unknown');
  }

  @Allow(Role.VIEWER)
  @Mutation(() => Boolean, { description: '退出登录 — ends the session of the token in use; false when there was none (an API key).' })
  logout(@Context() { req }: GraphqlContext): Promise<boolean> {
    return this.sessions.close(bearerToken(req.headers.authorization) ?? '');
  }

  @Allow(Role.VIEWER)
  @Mutation(() => Boolean, { description: "修改密码 — changes the caller's own password and ends their other sessions." })
  async changePassword(
    @Args('oldPassword', { description: 'The current password.' }) oldPassword: string,
    @Args('newPassword', { description: 'The new password: at least 8 characters, letters and digits, not a common one.' })
    newPassword: string,
    @Ctx() ctx: RequestContext,
    @Context() { req }: GraphqlContext,
  ): Promise<boolean> {
    await this.auth.changePassword(ctx, bearerToken(req.headers.authorization) ?? '', oldPassword, newPassword);
    return true;
  }

  @Query(() => User, { description: '当前用户 — the signed-in user.' })
  async me(@Ctx() ctx: RequestContext): Promise<User> {
    const current = ctx.caller;
    const user = current.kind === 'USER' ? await this.users.findById(ctx, current.id) : null;
    if (!user) throw new NotFoundError('用户', current.id);
    return user;
  }
}
