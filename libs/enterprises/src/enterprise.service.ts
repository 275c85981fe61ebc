import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, ILike, In, Repository, type FindOptionsWhere } from 'typeorm';

import {
  alignByKey,
  assertValid,
  assertVersion,
  ConflictError,
  containsPattern,
  NotFoundError,
  type Page,
  type RequestLoaders,
} from '@rural/core';

import { CreateEnterpriseInput } from './dto/create-enterprise.input.js';
import type { EnterprisesArgs } from './dto/enterprises.args.js';
import type { UpdateEnterpriseInput } from './dto/update-enterprise.input.js';
import { Enterprise } from './enterprise.entity.js';

/** Enterprises brought to the countryside (引企下乡). */
@Injectable()
export class EnterpriseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Enterprise) private readonly enterprises: Repository<Enterprise>,
  ) {}

  findById(id: string): Promise<Enterprise | null> {
    return this.enterprises.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<Enterprise[]> {
    return this.enterprises.findBy({ id: In([...ids]) });
  }

  /** This request's batched loader of enterprises by id (one query however many are asked for). */
  byIdLoader(loaders: RequestLoaders) {
    return loaders.get<string, Enterprise>('enterprise.byId', async (ids) => alignByKey(ids, await this.findByIds(ids), (row) => row.id));
  }

  async list({ search, industry, skip, take }: EnterprisesArgs): Promise<Page<Enterprise>> {
    const where: FindOptionsWhere<Enterprise> = {
      ...(search ? { name: ILike(containsPattern(search)) } : {}),
      ...(industry ? { industry } : {}),
    };
    const [items, totalItems] = await this.enterprises.findAndCount({ where, order: { id: 'ASC' }, skip, take });
    return { items, totalItems };
  }

  create(input: CreateEnterpriseInput): Promise<Enterprise> {
    return this.dataSource.transaction(async (manager) => {
      const row = { name: input.name, creditCode: input.creditCode ?? null, industry: input.industry ?? null };
      await this.checkCreditCodeFree(manager, row.creditCode, null);
      const saved = await manager.save(manager.create(Enterprise, row));
      return manager.findOneByOrFail(Enterprise, { id: saved.id });
    });
  }

  update(input: UpdateEnterpriseInput): Promise<Enterprise> {
    return this.dataSource.transaction(async (manager) => {
      const enterprise = await this.lockedOrFail(manager, input.id);
      assertVersion(enterprise, input.version, '企业');
      const { id, version: _version, ...changes } = input;
      const merged = { name: enterprise.name, creditCode: enterprise.creditCode, industry: enterprise.industry, ...changes };
      // The validated copy is what gets stored: it carries the normalised credit code.
      const valid = await assertValid(CreateEnterpriseInput, merged);
      const row = { name: valid.name, creditCode: valid.creditCode ?? null, industry: valid.industry ?? null };
      await this.checkCreditCodeFree(manager, row.creditCode, id);
      await manager.update(Enterprise, { id }, row);
      return manager.findOneByOrFail(Enterprise, { id });
    });
  }

  delete(id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockedOrFail(manager, id);
      // Bases it operates, its matches and its members' links are refused by their foreign keys
      // (those tables belong to libs that build on this one).
      await manager.delete(Enterprise, { id });
      return id;
    });
  }

  private async lockedOrFail(manager: EntityManager, id: string): Promise<Enterprise> {
    const enterprise = await manager.findOne(Enterprise, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!enterprise) throw new NotFoundError('企业', id, 'id');
    return enterprise;
  }

  /** One enterprise per 统一社会信用代码; an unknown code (null) may repeat. */
  private async checkCreditCodeFree(manager: EntityManager, creditCode: string | null, selfId: string | null): Promise<void> {
    if (!creditCode) return;
    const holder = await manager.findOneBy(Enterprise, { creditCode });
    if (holder && holder.id !== selfId) {
      throw new ConflictError(`统一社会信用代码 ${creditCode} 已登记为“${holder.name}”`, 'creditCode');
    }
  }
}
