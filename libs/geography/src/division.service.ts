import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Raw, Repository } from 'typeorm';

import {
  alignByKey,
  assertValid,
  assertVersion,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UserInputError,
  type Page,
  type RequestLoaders,
} from '@rural/core';

import { assertWithinCallerScope, callerScope, withinScope } from './caller-scope.js';
import { isBelow, LEVEL_NAMES, type DivisionLevel } from './division-level.js';
import { Division } from './division.entity.js';
import { CreateDivisionInput } from './dto/create-division.input.js';
import type { DivisionsArgs } from './dto/divisions.args.js';
import type { UpdateDivisionInput } from './dto/update-division.input.js';

/** The administrative tree: 省 › 市 › 县 › 乡镇 › 村. */
@Injectable()
export class DivisionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Division) private readonly divisions: Repository<Division>,
  ) {}

  /** One division, or null when there is none or it lies outside `scope` (a caller's division). */
  async findById(id: string, scope: string | null = null): Promise<Division | null> {
    const division = await this.divisions.findOneBy({ id });
    return division && withinScope(division.ancestorIds, scope) ? division : null;
  }

  findByIds(ids: readonly string[]): Promise<Division[]> {
    return this.divisions.findBy({ id: In([...ids]) });
  }

  /** This request's batched loader of divisions by id (one query however many are asked for). */
  byIdLoader(loaders: RequestLoaders) {
    return loaders.get<string, Division>('division.byId', async (ids) => alignByKey(ids, await this.findByIds(ids), (row) => row.id));
  }

  async list({ level, parentId, skip, take }: DivisionsArgs, scope: string | null = null): Promise<Page<Division>> {
    const [items, totalItems] = await this.divisions.findAndCount({
      where: {
        ...(level ? { level } : {}),
        ...(parentId ? { parentId } : {}),
        ...(scope ? { ancestorIds: Raw((column) => `${column} @> ARRAY[:scope]::bigint[]`, { scope }) } : {}),
      },
      order: { id: 'ASC' },
      skip,
      take,
    });
    return { items, totalItems };
  }

  /** The direct children of many divisions at once (for `Division.children`). */
  childrenOf(parentIds: readonly string[]): Promise<Division[]> {
    return this.divisions.find({ where: { parentId: In([...parentIds]) }, order: { id: 'ASC' } });
  }

  create(input: CreateDivisionInput): Promise<Division> {
    return this.dataSource.transaction(async (manager) => {
      await this.checkPlacement(manager, input.level, input.parentId ?? null, null);
      await this.checkCodeFree(manager, input.code ?? null, null);
      const saved = await manager.save(manager.create(Division, { ...input, code: input.code ?? null, parentId: input.parentId ?? null }));
      return manager.findOneByOrFail(Division, { id: saved.id });
    });
  }

  update(input: UpdateDivisionInput): Promise<Division> {
    return this.dataSource.transaction(async (manager) => {
      const division = await this.lockedOrFail(manager, input.id);
      assertVersion(division, input.version, '区划');
      const { id, version: _version, ...changes } = input;
      const merged = { name: division.name, level: division.level, code: division.code, parentId: division.parentId, ...changes };
      await assertValid(CreateDivisionInput, merged);
      await this.checkPlacement(manager, merged.level, merged.parentId ?? null, id);
      if (merged.level !== division.level) await this.checkChildrenBelow(manager, id, merged.level);
      await this.checkCodeFree(manager, merged.code ?? null, id);
      await manager.update(
        Division,
        { id },
        { name: merged.name, level: merged.level, code: merged.code ?? null, parentId: merged.parentId ?? null },
      );
      return manager.findOneByOrFail(Division, { id });
    });
  }

  delete(id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockedOrFail(manager, id);
      if (await manager.existsBy(Division, { parentId: id })) {
        throw new ConflictError('该区划下还有下级区划，不能删除', 'id');
      }
      // Bases, matches, records and users pointing here are refused by their foreign keys.
      await manager.delete(Division, { id });
      return id;
    });
  }

  private async lockedOrFail(manager: EntityManager, id: string): Promise<Division> {
    const division = await manager.findOne(Division, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!division) throw new NotFoundError('区划', id, 'id');
    // A scoped caller changes what lies below their division, not the division itself.
    if (division.id === callerScope()) throw new ForbiddenError('不能修改或删除您负责的区划本身，请联系上级管理员');
    assertWithinCallerScope(division.ancestorIds, `区划“${division.name}”`);
    return division;
  }

  /** A division sits below its parent's level, and never under itself or its own descendants. */
  private async checkPlacement(
    manager: EntityManager,
    level: DivisionLevel,
    parentId: string | null,
    selfId: string | null,
  ): Promise<void> {
    if (!parentId) {
      if (callerScope()) throw new ForbiddenError('只能在您负责的区划之下新建或移动区划');
      return;
    }
    const parent = await manager.findOneBy(Division, { id: parentId });
    if (!parent) throw new NotFoundError('上级区划', parentId, 'parentId');
    assertWithinCallerScope(parent.ancestorIds, `上级区划“${parent.name}”`);
    if (selfId && parent.ancestorIds.includes(selfId)) {
      throw UserInputError.field('parentId', '上级区划不能是自己或自己的下级');
    }
    if (!isBelow(level, parent.level)) {
      throw UserInputError.field('level', `“${parent.name}”是${LEVEL_NAMES[parent.level]}级，下级区划的级别必须低于它`);
    }
  }

  private async checkChildrenBelow(manager: EntityManager, id: string, level: DivisionLevel): Promise<void> {
    const children = await manager.findBy(Division, { parentId: id });
    const clash = children.find((child) => !isBelow(child.level, level));
    if (clash) throw UserInputError.field('level', `下级区划“${clash.name}”的级别不低于${LEVEL_NAMES[level]}，不能这样改`);
  }

  private async checkCodeFree(manager: EntityManager, code: string | null, selfId: string | null): Promise<void> {
    if (!code) return;
    const holder = await manager.findOneBy(Division, { code });
    if (holder && holder.id !== selfId) throw new ConflictError(`统计用区划代码 ${code} 已被“${holder.name}”使用`, 'code');
  }
}
