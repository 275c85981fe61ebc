import { Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '@rural/core';
import type { AuthSession } from './dto/auth-session.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { SessionService } from './session.service.js';
import { UsersService } from './users.service.js';

@Injectable()
export class AuthService {
  /** Compared against when the username is unknown, so both cases take the same time. */
  private readonly decoyHash = hashPassword('decoy-password-never-matches');

  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionService,
  ) {}

  async login(username: string, password: string): Promise<AuthSession> {
    const user = await this.users.findByUsername(username.trim());
    const valid = await verifyPassword(password, user?.passwordHash ?? (await this.decoyHash));
    // One message for both cases: it must not tell which usernames exist.
    if (!user || !valid) throw new UnauthenticatedError('用户名或密码不正确');
    const { token, expiresAt } = await this.sessions.open(user.id);
    return { token, expiresAt, user };
  }
}
