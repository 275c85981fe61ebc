import { Injectable } from '@nestjs/common';

import { assertVersion, ConflictError, daysBetween, ForbiddenError, todayIn, UserInputError, type RequestContext } from '@rural/core';
import { Transactions } from '@rural/database';

import type { ReplyToSuggestionInput, ReturnSuggestionAssignmentInput, SendCoUnitOpinionInput } from './dto/unit-steps.input.js';
import type { SuggestionAssignment } from './entities/suggestion-assignment.entity.js';
import { Suggestion } from './entities/suggestion.entity.js';
import { SuggestionAccess } from './suggestion-access.js';
import { SuggestionAction } from './suggestion-action.js';
import { SuggestionSettingsRepository } from './suggestion-settings.repository.js';
import { SuggestionStatus } from './suggestion-status.js';
import { SuggestionUnitRole } from './suggestion-unit-role.js';
import { SuggestionRepository } from './suggestion.repository.js';

/** What a handling unit's staff do with an item assigned to their unit: return it, send an opinion, reply. */
@Injectable()
export class SuggestionUnitsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly suggestions: SuggestionRepository,
    private readonly access: SuggestionAccess,
    private readonly settings: SuggestionSettingsRepository,
  ) {}

  /**
   * A unit wrongly assigned returns the item within the settings' days. The lead unit's return
   * sends the whole item back to the office to assign again (the co-units' assignments end with
   * it); a co-unit's return ends only its own.
   */
  returnAssignment(ctx: RequestContext, input: ReturnSuggestionAssignmentInput): Promise<Suggestion> {
    return this.unitStep(ctx, input, '退回', async (tx, row, mine) => {
      const today = todayIn();
      const { returnDays } = await this.settings.read(tx);
      if (daysBetween(mine.assignedOn, today) > returnDays) {
        throw new ConflictError(`交办已超过 ${returnDays} 天（交办日期 ${mine.assignedOn}），不能退回；请与政协办联系`, 'id');
      }
      await this.suggestions.endAssignment(tx, mine.id, today, input.reason);
      if (mine.role === SuggestionUnitRole.LEAD) {
        for (const other of await this.suggestions.activeAssignments(tx, row.id))
          await this.suggestions.endAssignment(tx, other.id, today, null);
        await this.suggestions.update(tx, row.id, { status: SuggestionStatus.FILED, leadUnitId: null, assignedOn: null, deadline: null });
      }
      const statusAfter = mine.role === SuggestionUnitRole.LEAD ? SuggestionStatus.FILED : row.status;
      await this.access.step(tx, row.id, SuggestionAction.RETURN, statusAfter, input.reason);
    });
  }

  sendOpinion(ctx: RequestContext, input: SendCoUnitOpinionInput): Promise<Suggestion> {
    return this.unitStep(ctx, input, '提交会办意见', async (tx, row, mine) => {
      if (mine.role !== SuggestionUnitRole.CO) throw new ForbiddenError('只有会办单位提交会办意见；主办单位请直接答复');
      if (await this.suggestions.opinionOf(tx, row.id, row.round, mine.unitId)) throw new ConflictError('本单位本轮已提交会办意见', 'id');
      await this.suggestions.insertOpinion(tx, {
        suggestionId: row.id,
        unitId: mine.unitId,
        round: row.round,
        text: input.text,
        sentOn: todayIn(),
      });
      await this.access.step(tx, row.id, SuggestionAction.OPINION, row.status, null);
    });
  }

  /** The lead unit's reply; one after the deadline is kept as late (the reply row keeps the deadline it answered). */
  reply(ctx: RequestContext, input: ReplyToSuggestionInput): Promise<Suggestion> {
    return this.unitStep(ctx, input, '答复', async (tx, row, mine) => {
      if (mine.role !== SuggestionUnitRole.LEAD) throw new ForbiddenError('只有主办单位可以答复；会办单位请提交会办意见');
      assertVersion(row, input.version, '建言');
      const repliedOn = input.repliedOn ?? todayIn();
      const deadline = row.deadline as string;
      if (row.assignedOn && repliedOn < row.assignedOn)
        throw UserInputError.field('repliedOn', `答复日期不能早于交办日期（${row.assignedOn}）`);
      await this.suggestions.insertReply(tx, {
        suggestionId: row.id,
        unitId: mine.unitId,
        round: row.round,
        result: input.result,
        text: input.text,
        repliedOn,
        deadline,
      });
      await this.suggestions.update(tx, row.id, { status: SuggestionStatus.REPLIED });
      const late = repliedOn > deadline ? `，逾期 ${daysBetween(deadline, repliedOn)} 天` : '';
      await this.access.step(tx, row.id, SuggestionAction.REPLY, SuggestionStatus.REPLIED, `办理结果 ${input.result} 类${late}`);
    });
  }

  /**
   * One unit step: a unit's staff only; the item locked and seen (NOT_FOUND unless assigned to
   * their unit); ASSIGNED; the unit's active assignment handed to the step.
   */
  private async unitStep(
    ctx: RequestContext,
    input: { id: string },
    action: string,
    work: (tx: RequestContext, row: Suggestion, mine: SuggestionAssignment) => Promise<void>,
  ): Promise<Suggestion> {
    const viewer = await this.access.viewer(ctx);
    if (!viewer.unitId) throw new ForbiddenError(`只有承办单位工作人员可以${action}`);
    return this.transactions.run(ctx, async (tx) => {
      const row = await this.access.locked(tx, input.id, viewer);
      this.access.assertStatus(row, [SuggestionStatus.ASSIGNED], action);
      const mine = (await this.suggestions.activeAssignments(tx, row.id)).find((assignment) => assignment.unitId === viewer.unitId);
      // `locked` saw an active assignment of the unit, and the row lock keeps it.
      if (!mine) throw new ForbiddenError(`该建言未交办给本单位，不能${action}`);
      await work(tx, row, mine);
      return this.suggestions.reread(tx, row.id);
    });
  }
}
