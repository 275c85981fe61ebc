import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';

import { Base, findVillageOrFail } from '@rural/bases';
import {
  alignByKey,
  assertValid,
  assertVersion,
  ConflictError,
  NotFoundError,
  pageOf,
  UserInputError,
  type Page,
  type RequestLoaders,
} from '@rural/core';
import { violatedConstraint } from '@rural/database';
import { Enterprise } from '@rural/enterprises';
import { assertDivisionWithinCallerScope, inDivisionSubtree } from '@rural/geography';
import { Member } from '@rural/members';

import { CreateMatchInput } from './dto/create-match.input.js';
import type { MatchesArgs } from './dto/matches.args.js';
import type { UpdateMatchInput } from './dto/update-match.input.js';
import { MatchBroker } from './match-broker.entity.js';
import { MatchStatus } from './match-status.js';
import { Match } from './match.entity.js';

const VILLAGE_RULE = '对接的区划必须是村';

/** 引企下乡对接: enterprises paired with villages (and usually a base), brokered by members. */
@Injectable()
export class MatchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Match) private readonly matches: Repository<Match>,
  ) {}

  /** One match, or null when there is none or it lies outside `scope` (a caller's division). */
  findById(id: string, scope: string | null = null): Promise<Match | null> {
    const query = this.matches.createQueryBuilder('match').where('match.id = :id', { id });
    if (scope) query.andWhere(inDivisionSubtree('match.villageId', 'scope'), { scope });
    return query.getOne();
  }

  findByIds(ids: readonly string[]): Promise<Match[]> {
    return this.matches.findBy({ id: In([...ids]) });
  }

  /** This request's batched loader of matches by id (one query however many are asked for). */
  byIdLoader(loaders: RequestLoaders) {
    return loaders.get<string, Match>('match.byId', async (ids) => alignByKey(ids, await this.findByIds(ids), (row) => row.id));
  }

  /** One statement: the page and the number of matches over all pages. */
  list({ filter, skip, take }: MatchesArgs, scope: string | null = null): Promise<Page<Match>> {
    const query = this.matches.createQueryBuilder('match');
    if (scope) query.andWhere(inDivisionSubtree('match.villageId', 'scope'), { scope });
    if (filter?.divisionId) query.andWhere(inDivisionSubtree('match.villageId', 'divisionId'), { divisionId: filter.divisionId });
    if (filter?.enterpriseId) query.andWhere('match.enterpriseId = :enterpriseId', { enterpriseId: filter.enterpriseId });
    if (filter?.status) query.andWhere('match.status = :status', { status: filter.status });
    if (filter?.memberId) {
      query.andWhere('EXISTS (SELECT 1 FROM match_broker broker WHERE broker.match_id = match.id AND broker.member_id = :memberId)', {
        memberId: filter.memberId,
      });
    }
    return pageOf(query, { skip, take });
  }

  create(input: CreateMatchInput): Promise<Match> {
    return this.dataSource.transaction(async (manager) => {
      const row = toRow(input);
      await this.checkReferences(manager, row);
      const brokerIds = input.brokerIds ?? [];
      await this.checkBrokers(manager, brokerIds);
      const saved = await manager.save(manager.create(Match, row));
      await this.replaceBrokers(manager, saved.id, brokerIds);
      return manager.findOneByOrFail(Match, { id: saved.id });
    });
  }

  update(input: UpdateMatchInput): Promise<Match> {
    return this.dataSource.transaction(async (manager) => {
      const match = await this.lockedOrFail(manager, input.id);
      assertVersion(match, input.version, '对接');
      const { id, version: _version, brokerIds, ...changes } = input;
      const valid = await assertValid(CreateMatchInput, { ...toRow(match), ...changes, brokerIds });
      const row = toRow(valid);
      await this.checkReferences(manager, row);
      await this.save(manager, id, row, changes.villageId === undefined ? 'baseId' : 'villageId');
      // Left out: the brokers stay; given (null meaning none): they become exactly the list.
      if (brokerIds !== undefined) {
        await this.checkBrokers(manager, brokerIds ?? []);
        await this.replaceBrokers(manager, id, brokerIds ?? []);
      }
      return manager.findOneByOrFail(Match, { id });
    });
  }

  delete(id: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockedOrFail(manager, id);
      await this.checkNoOutcomeRecords(manager, id);
      // The broker links go with the match (ON DELETE CASCADE).
      await manager.delete(Match, { id });
      return id;
    });
  }

  private async lockedOrFail(manager: EntityManager, id: string): Promise<Match> {
    const match = await manager.findOne(Match, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!match) throw new NotFoundError('对接', id, 'id');
    await assertDivisionWithinCallerScope(manager, match.villageId, `对接（编号 ${id}）`);
    return match;
  }

  /** The enterprise exists; the village is a village; the base, if any, lies in that village. */
  private async checkReferences(manager: EntityManager, row: ReturnType<typeof toRow>): Promise<void> {
    if (!(await manager.existsBy(Enterprise, { id: row.enterpriseId }))) {
      throw new NotFoundError('企业', row.enterpriseId, 'enterpriseId');
    }
    await findVillageOrFail(manager, row.villageId, VILLAGE_RULE);
    if (!row.baseId) return;
    // FOR SHARE: the base cannot move to another village until this match is written.
    const base = await manager.findOne(Base, { where: { id: row.baseId }, lock: { mode: 'pessimistic_read' } });
    if (!base) throw new NotFoundError('基地', row.baseId, 'baseId');
    if (base.villageId !== row.villageId) {
      throw UserInputError.field('baseId', `基地“${base.name}”不在所选的村，对接的基地必须位于对接的村`);
    }
  }

  private async checkBrokers(manager: EntityManager, brokerIds: string[]): Promise<void> {
    if (brokerIds.length === 0) return;
    const found = new Set((await manager.findBy(Member, { id: In(brokerIds) })).map((member) => member.id));
    const missing = brokerIds.find((id) => !found.has(id));
    if (missing) throw new NotFoundError('牵线委员', missing, 'brokerIds');
  }

  private async replaceBrokers(manager: EntityManager, matchId: string, brokerIds: string[]): Promise<void> {
    await manager.delete(MatchBroker, { matchId });
    if (brokerIds.length > 0)
      await manager.insert(
        MatchBroker,
        brokerIds.map((memberId) => ({ matchId, memberId })),
      );
  }

  /**
   * Writes the changes. An outcome record tied to the match must keep fitting its base or
   * division; the database checks that after the move, and here it gets words that fit.
   */
  private async save(manager: EntityManager, id: string, row: ReturnType<typeof toRow>, movedField: string): Promise<void> {
    try {
      await manager.update(Match, { id }, row);
    } catch (error) {
      if (violatedConstraint(error) === 'CHK_outcome_record_match_scope') {
        throw new ConflictError('该对接已有成效记录，改到这个村或基地后记录将对不上；请先修改这些成效记录', movedField);
      }
      throw error;
    }
  }

  /** Outcome records belong to a lib that builds on this one: counted in SQL, the foreign key backs it. */
  private async checkNoOutcomeRecords(manager: EntityManager, id: string): Promise<void> {
    const [{ records }] = await manager.query<{ records: number }[]>(
      'SELECT count(*)::int AS records FROM outcome_record WHERE match_id = $1',
      [id],
    );
    if (records > 0) throw new ConflictError(`该对接仍有 ${records} 条成效记录，不能删除`, 'id');
  }
}

/** The stored columns of a match, with optional fields left out turned into null. */
function toRow(input: CreateMatchInput | Match) {
  return {
    enterpriseId: input.enterpriseId,
    villageId: input.villageId,
    baseId: input.baseId ?? null,
    status: input.status ?? MatchStatus.INTENT,
    signedOn: input.signedOn ?? null,
    investmentYuan: input.investmentYuan ?? null,
  };
}
