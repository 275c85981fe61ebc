import { EntityManager, type FindOptionsWhere } from 'typeorm';

import { Base } from '@rural/bases';
import { ConflictError, NotFoundError, UserInputError, type RequestContext } from '@rural/core';
import { assertDivisionWithinScope, assertWithinScope, Division } from '@rural/geography';
import { Match } from '@rural/matches';
import { ServiceTeam } from '@rural/service-teams';

import type { RecordOutcomeInput } from './dto/record-outcome.input.js';
import type { OutcomeRecordRepository } from './outcome-record.repository.js';
import { missingFigureProblem, scopeProblem } from './outcome-record.rules.js';

/**
 * The rules of an outcome record that span fields or rows, checked inside the use case's
 * transaction before writing. The database enforces the same ones (CHECKs, the match-scope
 * trigger, the series index) as the backstop; here they get a clerk's message and the field.
 */
export async function checkOutcomeRecord(
  ctx: RequestContext,
  records: OutcomeRecordRepository,
  row: RecordOutcomeInput,
  selfId: string | null,
): Promise<void> {
  const manager = ctx.transaction;
  const shapeProblem = scopeProblem(row) ?? missingFigureProblem(row);
  if (shapeProblem) throw new UserInputError(shapeProblem);
  const base = row.baseId ? await existing(manager, Base, row.baseId, '基地', 'baseId') : null;
  const division = row.divisionId ? await existing(manager, Division, row.divisionId, '区划', 'divisionId') : null;
  if (division) assertWithinScope(ctx, division.ancestorIds, `区划“${division.name}”`);
  if (base) await assertDivisionWithinScope(ctx, base.villageId, `基地“${base.name}”`);
  if (row.matchId) await checkMatchInScope(manager, row.matchId, base, division);
  if (row.teamId) await existing(manager, ServiceTeam, row.teamId, '服务团', 'teamId');
  await checkSeriesPeriodFree(ctx, records, row, selfId);
}

async function existing<T extends { id: string }>(
  manager: EntityManager,
  entity: new () => T,
  id: string,
  noun: string,
  field: string,
): Promise<T> {
  const row = await manager.findOneBy(entity, { id } as FindOptionsWhere<T>);
  if (!row) throw new NotFoundError(noun, id, field);
  return row;
}

/**
 * A base's record may name the base's own match, or a match of the base's village that has no
 * base; a division's record may name any match of a village in the division's subtree.
 */
async function checkMatchInScope(manager: EntityManager, matchId: string, base: Base | null, division: Division | null): Promise<void> {
  const match = await existing(manager, Match, matchId, '对接', 'matchId');
  if (base) {
    const fits = match.baseId === base.id || (match.baseId === null && match.villageId === base.villageId);
    if (!fits)
      throw UserInputError.field('matchId', `对接（编号 ${matchId}）不属于基地“${base.name}”：须是该基地的对接，或同村未指定基地的对接`);
    return;
  }
  if (division) {
    const village = await manager.findOneBy(Division, { id: match.villageId });
    if (!village?.ancestorIds.includes(division.id)) {
      throw UserInputError.field('matchId', `对接（编号 ${matchId}）所在的村不在“${division.name}”范围内`);
    }
  }
}

/** One record per series (scope + match + team) and period: a second one is a mistake to fix, not to add. */
async function checkSeriesPeriodFree(
  ctx: RequestContext,
  records: OutcomeRecordRepository,
  row: RecordOutcomeInput,
  selfId: string | null,
): Promise<void> {
  const holder = await records.seriesHolder(ctx, row, selfId);
  if (holder) {
    throw new ConflictError(`该范围、对接和服务团在 ${row.period} 已有成效记录（编号 ${holder.id}），请修改原记录，不要重复录入`, 'period');
  }
}
