import { Injectable } from '@nestjs/common';

import { ForbiddenError, UnauthenticatedError, UserInputError, type RequestContext } from '@rural/core';
import { Transactions } from '@rural/database';

import type { AuthSession } from './dto/auth-session.js';
import { LoginThrottle } from './login-throttle.service.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { passwordWeakness } from './password-strength.js';
import { secretHash } from './secret-token.js';
import { SessionService } from './session.service.js';
import { User } from './user.entity.js';
import { UsersService } from './users.service.js';

@Injectable()
export class AuthService {
  /** Compared against when the username is unknown, so both cases take the same time. */
  private readonly decoyHash = hashPassword('decoy-password-never-matches');

  constructor(
    private readonly transactions: Transactions,
    private readonly users: UsersService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(username: string, password: string, address: string): Promise<AuthSession> {
    await this.throttle.before(username, address);
    const user = await this.users.findByUsername(username.trim());
    const valid = await verifyPassword(password, user?.passwordHash ?? (await this.decoyHash));
    // One message for both cases: it must not tell which usernames exist.
    if (!user || !valid) {
      await this.throttle.failed(username, address);
      throw new UnauthenticatedError('用户名或密码不正确');
    }
    await this.throttle.succeeded(username);
    const { token, expiresAt } = await this.sessions.open(user.id);
    return { token, expiresAt, user };
  }

  /**
   * Changes the caller's own password and ends every other session of theirs (a stolen token
   * stops working); the session in use stays open.
   */
  async changePassword(ctx: RequestContext, token: string, oldPassword: string, newPassword: string): Promise<void> {
    const caller = ctx.caller;
    if (caller.kind !== 'USER') throw new ForbiddenError('接口密钥没有密码可改');
    const weakness = passwordWeakness(newPassword, caller.username);
    if (weakness) throw UserInputError.field('newPassword', weakness);
    if (newPassword === oldPassword) throw UserInputError.field('newPassword', '新密码不能与原密码相同');
    const user = await this.users.findById(ctx, caller.id);
    if (!user || !(await verifyPassword(oldPassword, user.passwordHash))) throw UserInputError.field('oldPassword', '原密码不正确');
    const passwordHash = await hashPassword(newPassword);
    await this.transactions.run(ctx, async ({ transaction: manager }) => {
      await manager.update(User, { id: user.id }, { passwordHash });
      await manager.query(`DELETE FROM user_session WHERE user_id = $1 AND token_hash <> $2`, [user.id, secretHash(token)]);
    });
  }
}
