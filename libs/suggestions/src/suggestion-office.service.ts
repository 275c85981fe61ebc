import { Injectable } from '@nestjs/common';

import { assertVersion, NotFoundError, todayIn, UserInputError, type RequestContext } from '@rural/core';
import { Transactions } from '@rural/database';

import type { AssignSuggestionInput } from './dto/assign-suggestion.input.js';
import type { AddSuggestionInstructionInput, AddSupervisionNoteInput } from './dto/office-notes.input.js';
import type {
  DeclineSuggestionInput,
  FileSuggestionInput,
  MarkKeySupervisionInput,
  SuggestionStepInput,
} from './dto/suggestion-step.input.js';
import { Suggestion } from './entities/suggestion.entity.js';
import { SuggestionAccess } from './suggestion-access.js';
import { SuggestionAction } from './suggestion-action.js';
import { SuggestionDeadlines } from './suggestion-deadlines.js';
import { SuggestionKind } from './suggestion-kind.js';
import { SuggestionStatus } from './suggestion-status.js';
import { SuggestionUnitRole } from './suggestion-unit-role.js';
import { SuggestionRepository } from './suggestion.repository.js';

/** Every state but the draft: instructions and supervision may come at any point after submission. */
const PAST_DRAFT = Object.values(SuggestionStatus).filter((status) => status !== SuggestionStatus.DRAFT);

/**
 * What the committee office (政协办) does: file or decline, assign to units with a deadline,
 * record leaders' instructions and supervision, mark key supervision, close.
 */
@Injectable()
export class SuggestionOfficeService {
  constructor(
    private readonly transactions: Transactions,
    private readonly suggestions: SuggestionRepository,
    private readonly access: SuggestionAccess,
    private readonly deadlines: SuggestionDeadlines,
  ) {}

  file(ctx: RequestContext, input: FileSuggestionInput): Promise<Suggestion> {
    return this.officeStep(ctx, input, '立案', [SuggestionStatus.SUBMITTED], async (tx, row) => {
      const filedOn = input.filedOn ?? todayIn();
      if (row.submittedOn && filedOn < row.submittedOn)
        throw UserInputError.field('filedOn', `立案日期不能早于提交日期（${row.submittedOn}）`);
      await this.suggestions.update(tx, row.id, { status: SuggestionStatus.FILED, filedOn });
      await this.access.step(tx, row.id, SuggestionAction.FILE, SuggestionStatus.FILED, null);
    });
  }

  decline(ctx: RequestContext, input: DeclineSuggestionInput): Promise<Suggestion> {
    return this.officeStep(ctx, input, '作不予立案处理', [SuggestionStatus.SUBMITTED], async (tx, row) => {
      if (input.toSocialConditions && row.kind !== SuggestionKind.PROPOSAL) {
        throw UserInputError.field('toSocialConditions', '只有提案可以转为社情民意信息');
      }
      await this.suggestions.update(tx, row.id, { status: SuggestionStatus.NOT_FILED, declineReason: input.reason });
      await this.access.step(tx, row.id, SuggestionAction.DECLINE, SuggestionStatus.NOT_FILED, input.reason);
      if (input.toSocialConditions) await this.turnIntoSocialConditions(tx, row);
    });
  }

  assign(ctx: RequestContext, input: AssignSuggestionInput): Promise<Suggestion> {
    return this.officeStep(ctx, input, '交办', [SuggestionStatus.FILED], async (tx, row) => {
      const coUnitIds = input.coUnitIds ?? [];
      if (coUnitIds.includes(input.leadUnitId)) throw UserInputError.field('coUnitIds', '主办单位不能同时作为会办单位');
      const [missingLead] = await this.suggestions.missingIds(tx, 'handling_unit', [input.leadUnitId]);
      if (missingLead) throw new NotFoundError('主办单位', missingLead, 'leadUnitId');
      const [missingCo] = await this.suggestions.missingIds(tx, 'handling_unit', coUnitIds);
      if (missingCo) throw new NotFoundError('会办单位', missingCo, 'coUnitIds');
      const assignedOn = input.assignedOn ?? todayIn();
      if (row.filedOn && assignedOn < row.filedOn) throw UserInputError.field('assignedOn', `交办日期不能早于立案日期（${row.filedOn}）`);
      const deadline = await this.deadlines.deadlineFrom(tx, assignedOn, input);
      await this.suggestions.insertAssignments(tx, [
        { suggestionId: row.id, unitId: input.leadUnitId, role: SuggestionUnitRole.LEAD, assignedOn },
        ...coUnitIds.map((unitId) => ({ suggestionId: row.id, unitId, role: SuggestionUnitRole.CO, assignedOn })),
      ]);
      await this.suggestions.update(tx, row.id, {
        status: SuggestionStatus.ASSIGNED,
        leadUnitId: input.leadUnitId,
        assignedOn,
        deadline,
        round: row.round + 1,
      });
      await this.access.step(tx, row.id, SuggestionAction.ASSIGN, SuggestionStatus.ASSIGNED, `办理期限 ${deadline}`);
    });
  }

  close(ctx: RequestContext, input: SuggestionStepInput): Promise<Suggestion> {
    return this.officeStep(ctx, input, '办结', [SuggestionStatus.EVALUATED], async (tx, row) => {
      await this.suggestions.update(tx, row.id, { status: SuggestionStatus.CLOSED, closedOn: todayIn() });
      await this.access.step(tx, row.id, SuggestionAction.CLOSE, SuggestionStatus.CLOSED, null);
    });
  }

  addInstruction(ctx: RequestContext, input: AddSuggestionInstructionInput): Promise<Suggestion> {
    return this.officeStep(ctx, input, '记录领导批示', PAST_DRAFT, async (tx, row) => {
      await this.suggestions.insertInstruction(tx, {
        suggestionId: row.id,
        leader: input.leader,
        text: input.text,
        givenOn: input.givenOn ?? todayIn(),
      });
      await this.access.step(tx, row.id, SuggestionAction.INSTRUCTION, row.status, `${input.leader}：${input.text}`);
    });
  }

  addSupervisionNote(ctx: RequestContext, input: AddSupervisionNoteInput): Promise<Suggestion> {
    return this.officeStep(ctx, input, '记录督办', PAST_DRAFT, async (tx, row) => {
      await this.suggestions.insertSupervisionNote(tx, {
        suggestionId: row.id,
        text: input.text,
        notedOn: input.notedOn ?? todayIn(),
        recordedBy: ctx.caller.username,
      });
      await this.access.step(tx, row.id, SuggestionAction.SUPERVISION, row.status, input.text);
    });
  }

  markKeySupervision(ctx: RequestContext, input: MarkKeySupervisionInput): Promise<Suggestion> {
    return this.officeStep(ctx, input, '标记重点督办', PAST_DRAFT, async (tx, row) => {
      await this.suggestions.update(tx, row.id, { keySupervision: input.key });
      await this.access.step(tx, row.id, SuggestionAction.KEY_SUPERVISION, row.status, input.key ? '列为重点督办' : '取消重点督办');
    });
  }

  /**
   * One office step in one transaction: the office only (FORBIDDEN before anything is read),
   * the row locked and seen, the version, the state; then the step's own writes; read back.
   */
  private async officeStep(
    ctx: RequestContext,
    input: { id: string; version?: number | null },
    action: string,
    allowed: readonly SuggestionStatus[],
    work: (tx: RequestContext, row: Suggestion) => Promise<void>,
  ): Promise<Suggestion> {
    await this.access.assertOffice(ctx, action);
    const viewer = await this.access.viewer(ctx);
    return this.transactions.run(ctx, async (tx) => {
      const row = await this.access.locked(tx, input.id, viewer);
      assertVersion(row, input.version, '建言');
      this.access.assertStatus(row, allowed, action);
      await work(tx, row);
      return this.suggestions.reread(tx, row.id);
    });
  }

  /** A proposal not filed, turned into a submitted social-conditions report with the same authors and links. */
  private async turnIntoSocialConditions(ctx: RequestContext, proposal: Suggestion): Promise<void> {
    const item = await this.suggestions.insert(ctx, {
      kind: SuggestionKind.SOCIAL_CONDITIONS,
      title: proposal.title,
      topic: proposal.topic,
      content: proposal.content,
      divisionId: proposal.divisionId,
      status: SuggestionStatus.SUBMITTED,
      submittedOn: todayIn(),
      sourceId: proposal.id,
    });
    const authors = await this.suggestions.authorsOf(ctx, [proposal.id]);
    await this.suggestions.replaceAuthors(
      ctx,
      item.id,
      authors.map((author) => author.memberId),
    );
    await this.suggestions.replaceLinks(ctx, item.id, await this.suggestions.linksOf(ctx, proposal.id));
    await this.access.step(
      ctx,
      item.id,
      SuggestionAction.CONVERT,
      SuggestionStatus.SUBMITTED,
      `由不予立案的提案（编号 ${proposal.id}）转来`,
    );
    await this.access.step(ctx, proposal.id, SuggestionAction.CONVERT, SuggestionStatus.NOT_FILED, `转为社情民意信息（编号 ${item.id}）`);
  }
}
