import { Injectable } from '@nestjs/common';

import { assertValid, assertVersion, ForbiddenError, NotFoundError, todayIn, UserInputError, type RequestContext } from '@rural/core';
import { Transactions, updateVersioned } from '@rural/database';
import { assertDivisionWithinScope } from '@rural/geography';

import { CreateSuggestionInput } from './dto/create-suggestion.input.js';
import type { EvaluateSuggestionReplyInput } from './dto/evaluate-suggestion-reply.input.js';
import type { SuggestionStepInput } from './dto/suggestion-step.input.js';
import type { UpdateSuggestionInput } from './dto/update-suggestion.input.js';
import { Suggestion } from './entities/suggestion.entity.js';
import { SuggestionAccess } from './suggestion-access.js';
import { SuggestionAction } from './suggestion-action.js';
import { SuggestionDeadlines } from './suggestion-deadlines.js';
import { SuggestionEvaluation } from './suggestion-evaluation.js';
import { SuggestionStatus } from './suggestion-status.js';
import type { SuggestionViewer } from './suggestion-viewer.js';
import { SuggestionRepository, type ReferencedTable } from './suggestion.repository.js';

const EVALUATION_LABELS: Record<SuggestionEvaluation, string> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  UNSATISFIED: '不满意',
};

/**
 * What a suggestion's authors do (the committee office may do it on their behalf): draft, edit
 * and delete drafts, submit, and — the lead author — evaluate the reply.
 */
@Injectable()
export class SuggestionAuthoringService {
  constructor(
    private readonly transactions: Transactions,
    private readonly suggestions: SuggestionRepository,
    private readonly access: SuggestionAccess,
    private readonly deadlines: SuggestionDeadlines,
  ) {}

  async create(ctx: RequestContext, input: CreateSuggestionInput): Promise<Suggestion> {
    const viewer = await this.access.viewer(ctx);
    this.assertMayDraft(viewer, input.authorIds);
    return this.transactions.run(ctx, async (tx) => {
      await this.checkReferences(tx, input);
      const saved = await this.suggestions.insert(tx, {
        kind: input.kind,
        title: input.title,
        topic: input.topic ?? null,
        content: input.content ?? '',
        divisionId: input.divisionId,
        status: SuggestionStatus.DRAFT,
      });
      await this.suggestions.replaceAuthors(tx, saved.id, input.authorIds);
      await this.suggestions.replaceLinks(tx, saved.id, linksOf(input));
      await this.access.step(tx, saved.id, SuggestionAction.CREATE, SuggestionStatus.DRAFT, null);
      return saved;
    });
  }

  async update(ctx: RequestContext, input: UpdateSuggestionInput): Promise<Suggestion> {
    const viewer = await this.access.viewer(ctx);
    let authorIds: string[] = [];
    return updateVersioned(this.transactions, ctx, input, {
      noun: '建言',
      lock: async (tx, id) => {
        const row = await this.draftOf(tx, id, viewer, '修改');
        authorIds = (await this.suggestions.authorsOf(tx, [id])).map((author) => author.memberId);
        return row;
      },
      merge: (row, changes) =>
        assertValid(CreateSuggestionInput, {
          kind: row.kind,
          title: row.title,
          topic: row.topic,
          content: row.content,
          divisionId: row.divisionId,
          authorIds,
          ...changes,
        }),
      write: async (tx, id, valid) => {
        if (input.authorIds) this.assertMayDraft(viewer, valid.authorIds);
        await this.checkReferences(tx, { ...valid, divisionIds: input.divisionIds, baseIds: input.baseIds, matchIds: input.matchIds });
        await this.suggestions.update(tx, id, {
          kind: valid.kind,
          title: valid.title,
          topic: valid.topic ?? null,
          content: valid.content ?? '',
          divisionId: valid.divisionId,
        });
        if (input.authorIds) await this.suggestions.replaceAuthors(tx, id, valid.authorIds);
        // A list left out stays; null clears it.
        await this.suggestions.replaceLinks(tx, id, {
          divisionIds: input.divisionIds === undefined ? undefined : (input.divisionIds ?? []),
          baseIds: input.baseIds === undefined ? undefined : (input.baseIds ?? []),
          matchIds: input.matchIds === undefined ? undefined : (input.matchIds ?? []),
        });
        await this.access.step(tx, id, SuggestionAction.UPDATE, SuggestionStatus.DRAFT, null);
      },
      reread: (tx, id) => this.suggestions.reread(tx, id),
    });
  }

  async delete(ctx: RequestContext, id: string): Promise<string> {
    const viewer = await this.access.viewer(ctx);
    return this.transactions.run(ctx, async (tx) => {
      await this.draftOf(tx, id, viewer, '删除');
      // Authors, links and steps go with it (CASCADE); the audit trail keeps them all.
      await this.suggestions.delete(tx, id);
      return id;
    });
  }

  async submit(ctx: RequestContext, input: SuggestionStepInput): Promise<Suggestion> {
    const viewer = await this.access.viewer(ctx);
    return this.transactions.run(ctx, async (tx) => {
      const row = await this.draftOf(tx, input.id, viewer, '提交');
      assertVersion(row, input.version, '建言');
      if (!row.content.trim()) throw UserInputError.field('content', '提交前须填写建言内容');
      await this.suggestions.update(tx, row.id, { status: SuggestionStatus.SUBMITTED, submittedOn: todayIn() });
      await this.access.step(tx, row.id, SuggestionAction.SUBMIT, SuggestionStatus.SUBMITTED, null);
      return this.suggestions.reread(tx, row.id);
    });
  }

  /**
   * The lead author's evaluation of this round's reply. 满意 / 基本满意 end the handling; 不满意
   * opens a new round for the same units from today, with a new deadline, and keeps the reply.
   */
  async evaluate(ctx: RequestContext, input: EvaluateSuggestionReplyInput): Promise<Suggestion> {
    const viewer = await this.access.viewer(ctx);
    return this.transactions.run(ctx, async (tx) => {
      const row = await this.access.locked(tx, input.id, viewer);
      await this.access.assertAuthorOrOffice(tx, viewer, row, '评价答复', true);
      assertVersion(row, input.version, '建言');
      this.access.assertStatus(row, [SuggestionStatus.REPLIED], '评价');
      const reply = await this.suggestions.replyOf(tx, row.id, row.round);
      if (!reply) throw new NotFoundError('本轮答复');
      const today = todayIn();
      await this.suggestions.evaluateReply(tx, reply.id, {
        evaluation: input.evaluation,
        evaluationNote: input.note ?? null,
        evaluatedOn: today,
      });
      const label = EVALUATION_LABELS[input.evaluation];
      if (input.evaluation !== SuggestionEvaluation.UNSATISFIED) {
        await this.suggestions.update(tx, row.id, { status: SuggestionStatus.EVALUATED });
        await this.access.step(tx, row.id, SuggestionAction.EVALUATE, SuggestionStatus.EVALUATED, withNote(label, input.note));
      } else {
        const deadline = await this.deadlines.deadlineFrom(tx, today, input);
        await this.suggestions.update(tx, row.id, { status: SuggestionStatus.ASSIGNED, round: row.round + 1, assignedOn: today, deadline });
        await this.access.step(
          tx,
          row.id,
          SuggestionAction.EVALUATE,
          SuggestionStatus.ASSIGNED,
          withNote(`${label}，重新办理，期限 ${deadline}`, input.note),
        );
      }
      return this.suggestions.reread(tx, row.id);
    });
  }

  /** A member drafts only as one of the authors; the office for anyone; nobody else drafts. */
  private assertMayDraft(viewer: SuggestionViewer, authorIds: readonly string[]): void {
    if (viewer.office) return;
    if (!viewer.memberId) throw new ForbiddenError('只有委员本人或政协办可以起草建言');
    if (!authorIds.includes(viewer.memberId)) throw UserInputError.field('authorIds', '您起草的建言须将您本人列为提出人');
  }

  /** A draft the caller may change: an author's or, for the office, anyone's. */
  private async draftOf(ctx: RequestContext, id: string, viewer: SuggestionViewer, action: string): Promise<Suggestion> {
    const row = await this.access.locked(ctx, id, viewer);
    await this.access.assertAuthorOrOffice(ctx, viewer, row, action);
    this.access.assertStatus(row, [SuggestionStatus.DRAFT], action);
    return row;
  }

  /** The committee division lies in the caller's scope; every named member, place, base and match exists. */
  private async checkReferences(ctx: RequestContext, input: Partial<CreateSuggestionInput>): Promise<void> {
    if (input.divisionId) {
      const [missing] = await this.suggestions.missingIds(ctx, 'division', [input.divisionId]);
      if (missing) throw new NotFoundError('所属政协', missing, 'divisionId');
      await assertDivisionWithinScope(ctx, input.divisionId, '所属政协');
    }
    const lists: [keyof CreateSuggestionInput, ReferencedTable, string][] = [
      ['authorIds', 'member', '提出人'],
      ['divisionIds', 'division', '涉及区划'],
      ['baseIds', 'base', '涉及基地'],
      ['matchIds', 'match', '涉及对接'],
    ];
    for (const [field, table, noun] of lists) {
      const ids = (input[field] as string[] | null | undefined) ?? [];
      const [missing] = await this.suggestions.missingIds(ctx, table, ids);
      if (missing) throw new NotFoundError(noun, missing, field);
    }
  }
}

function linksOf(input: Pick<CreateSuggestionInput, 'divisionIds' | 'baseIds' | 'matchIds'>) {
  return { divisionIds: input.divisionIds ?? [], baseIds: input.baseIds ?? [], matchIds: input.matchIds ?? [] };
}

function withNote(text: string, note: string | null | undefined): string {
  return note ? `${text}：${note}` : text;
}
