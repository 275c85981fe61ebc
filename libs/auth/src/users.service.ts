import { randomBytes } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';

import { assertValid, ConflictError, ForbiddenError, NotFoundError, RequestContext, Role, type Page } from '@rural/core';
import { Transactions, updateVersioned } from '@rural/database';
import { assertDivisionWithinScope, checkGrantedDivision, inDivisionSubtree } from '@rural/geography';

import { CreateUserInput } from './dto/create-user.input.js';
import type { UpdateUserInput } from './dto/update-user.input.js';
import { hashPassword } from './password-hasher.js';
import { USER_RULES } from './user.constraints.js';
import { User } from './user.entity.js';

/** Any number, as long as every process uses the same one. */
const FIRST_ADMIN_LOCK_KEY = 4_512_240_002;

/** User accounts, managed by administrators. */
@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  /** One account, or null when there is none or it lies outside the caller's division. */
  findById(ctx: RequestContext, id: string): Promise<User | null> {
    const scope = ctx.scope;
    const query = this.users.createQueryBuilder('user').where('user.id = :id', { id });
    if (scope) query.andWhere(inDivisionSubtree('user.divisionId', 'scope'), { scope });
    return query.getOne();
  }

  findByUsername(username: string): Promise<User | null> {
    return this.users.createQueryBuilder('user').where('lower(user.username) = lower(:username)', { username }).getOne();
  }

  /** Every account, or for a scoped administrator the accounts limited to their division's subtree (as with keys). */
  async list(ctx: RequestContext, skip: number, take: number): Promise<Page<User>> {
    const scope = ctx.scope;
    const query = this.users.createQueryBuilder('user').orderBy('user.id', 'ASC').skip(skip).take(take);
    if (scope) query.where(inDivisionSubtree('user.divisionId', 'scope'), { scope });
    const [items, totalItems] = await query.getManyAndCount();
    return { items, totalItems };
  }

  create(ctx: RequestContext, input: CreateUserInput): Promise<User> {
    return this.transactions.run(ctx, async (tx) => {
      const manager = tx.transaction;
      await this.checkUsernameFree(manager, input.username);
      await checkGrantedDivision(tx, input.divisionId, '账号');
      const user = manager.create(User, {
        username: input.username,
        passwordHash: await hashPassword(input.password),
        role: input.role,
        divisionId: input.divisionId ?? null,
      });
      return manager.save(user);
    });
  }

  update(ctx: RequestContext, input: UpdateUserInput): Promise<User> {
    const { password, ...accountChanges } = input;
    return updateVersioned(this.transactions, ctx, accountChanges, {
      noun: '用户',
      lock: async (tx, id) => {
        const user = await tx.transaction.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!user) throw new NotFoundError('用户', id, 'id');
        await this.checkManaged(tx, user);
        return user;
      },
      // The password is checked like a new account's; left out, a stand-in that passes keeps the rule whole.
      merge: (user, changes) =>
        assertValid(CreateUserInput, {
          username: user.username,
          role: user.role,
          divisionId: user.divisionId,
          password: password ?? 'unchanged-password-1',
          ...changes,
        }),
      write: async (tx, id, valid, user) => {
        const manager = tx.transaction;
        if (valid.username.toLowerCase() !== user.username.toLowerCase()) await this.checkUsernameFree(manager, valid.username);
        // Left out, the division stays; null would lift the limit, which only an unscoped administrator may do.
        if (accountChanges.divisionId !== undefined) await checkGrantedDivision(tx, accountChanges.divisionId, '账号');
        if (user.role === Role.ADMIN && valid.role !== Role.ADMIN) await this.checkNotLastAdmin(manager);
        await manager.update(
          User,
          { id },
          {
            username: valid.username,
            role: valid.role,
            divisionId: accountChanges.divisionId === undefined ? user.divisionId : accountChanges.divisionId,
            ...(password !== undefined ? { passwordHash: await hashPassword(password) } : {}),
          },
        );
      },
      reread: (tx, id) => tx.transaction.findOneByOrFail(User, { id }),
    });
  }

  delete(ctx: RequestContext, id: string): Promise<string> {
    return this.transactions.run(ctx, async (tx) => {
      const manager = tx.transaction;
      const user = await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundError('用户', id, 'id');
      if (tx.caller.kind === 'USER' && user.id === tx.caller.id) throw new ConflictError('不能删除自己的账号', 'id');
      await this.checkManaged(tx, user);
      if (user.role === Role.ADMIN) await this.checkNotLastAdmin(manager);
      await manager.delete(User, { id });
      return id;
    });
  }

  /**
   * Creates the first administrator when there is no user at all. Without ADMIN_PASSWORD a random
   * password is made and printed once: it is not stored anywhere in clear.
   */
  async ensureInitialAdmin(username: string, password: string | undefined): Promise<void> {
    if ((await this.users.count()) > 0) return;
    const chosen = password ?? randomBytes(12).toString('base64url');
    const passwordHash = await hashPassword(chosen);
    const created = await this.transactions.run(RequestContext.system('first-admin'), async (tx) => {
      const manager = tx.transaction;
      // Two processes starting together on one server must create one administrator, not two.
      await manager.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ADMIN_LOCK_KEY]);
      if ((await manager.count(User)) > 0) return false;
      await manager.save(manager.create(User, { username, passwordHash, role: Role.ADMIN, divisionId: null }));
      return true;
    });
    if (!created) return;
    if (password) {
      this.logger.log(`created the first administrator "${username}" with ADMIN_PASSWORD`);
    } else {
      // Printed on stdout, once, so the operator can sign in; change it after the first login.
      process.stdout.write(`\n首次启动：已创建管理员 ${username}，初始密码 ${chosen}（只显示这一次，请登录后修改）\n\n`);
    }
  }

  private async checkUsernameFree(manager: EntityManager, username: string): Promise<void> {
    const taken = await manager.createQueryBuilder(User, 'user').where('lower(user.username) = lower(:username)', { username }).getExists();
    if (taken) throw new ConflictError(USER_RULES.UQ_app_user_username.message, 'username');
  }

  /** A scoped administrator manages the accounts of their own division only. */
  private async checkManaged(ctx: RequestContext, user: User): Promise<void> {
    if (!ctx.scope) return;
    if (!user.divisionId) throw new ForbiddenError('该账号不限区划，只有不限区划的管理员可以修改');
    await assertDivisionWithinScope(ctx, user.divisionId, `用户“${user.username}”`);
  }

  private async checkNotLastAdmin(manager: EntityManager): Promise<void> {
    const admins = await manager.countBy(User, { role: Role.ADMIN });
    if (admins <= 1) throw new ConflictError('至少要保留一名管理员', 'role');
  }
}
