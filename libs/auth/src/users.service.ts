import { randomBytes } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';

import { assertValid, assertVersion, ConflictError, ForbiddenError, NotFoundError, RequestContext, Role, type Page } from '@rural/core';
import { Transactions } from '@rural/database';
import { assertDivisionWithinScope, checkGrantedDivision } from '@rural/geography';

import { CreateUserInput } from './dto/create-user.input.js';
import type { UpdateUserInput } from './dto/update-user.input.js';
import { hashPassword } from './password-hasher.js';
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

  findById(_ctx: RequestContext, id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  findByUsername(username: string): Promise<User | null> {
    return this.users.createQueryBuilder('user').where('lower(user.username) = lower(:username)', { username }).getOne();
  }

  async list(_ctx: RequestContext, skip: number, take: number): Promise<Page<User>> {
    const [items, totalItems] = await this.users.findAndCount({ order: { id: 'ASC' }, skip, take });
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
    return this.transactions.run(ctx, async (tx) => {
      const manager = tx.transaction;
      const user = await manager.findOne(User, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundError('用户', input.id, 'id');
      await this.checkManaged(tx, user);
      assertVersion(user, input.version, '用户');
      const { id: _id, version: _version, password, ...changes } = input;
      const merged = {
        username: user.username,
        role: user.role,
        divisionId: user.divisionId,
        password: password ?? 'unchanged-password-1',
        ...changes,
      };
      await assertValid(CreateUserInput, merged);
      if (changes.username !== undefined && changes.username.toLowerCase() !== user.username.toLowerCase()) {
        await this.checkUsernameFree(manager, changes.username);
      }
      // Left out, the division stays; null would lift the limit, which only an unscoped administrator may do.
      if (changes.divisionId !== undefined) await checkGrantedDivision(tx, changes.divisionId, '账号');
      if (user.role === Role.ADMIN && changes.role !== undefined && changes.role !== Role.ADMIN) {
        await this.checkNotLastAdmin(manager);
      }
      manager.merge(User, user, { ...changes, divisionId: changes.divisionId === undefined ? user.divisionId : changes.divisionId });
      if (password !== undefined) user.passwordHash = await hashPassword(password);
      await manager.save(user);
      // Read back: the database's trigger bumped the version the saved copy still holds.
      return manager.findOneByOrFail(User, { id: user.id });
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
    if (taken) throw new ConflictError('该用户名已被使用', 'username');
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
