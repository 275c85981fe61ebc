import { Injectable } from '@nestjs/common';

import { CommitteeAccess } from '@rural/committee';
import { ConflictError, ForbiddenError, NotFoundError, type RequestContext } from '@rural/core';
import { assertDivisionWithinScope } from '@rural/geography';

import { Suggestion } from './entities/suggestion.entity.js';
import { SuggestionAction } from './suggestion-action.js';
import { SUGGESTION_STATUS_LABELS, SuggestionStatus } from './suggestion-status.js';
import type { SuggestionViewer } from './suggestion-viewer.js';
import { SuggestionRepository } from './suggestion.repository.js';

/**
 * Who may see and move a suggestion, and the steps every move shares: lock the row, refuse what
 * the caller may not see (NOT_FOUND) or touch (FORBIDDEN), refuse a step out of order (CONFLICT,
 * naming the state), and write the history row.
 */
@Injectable()
export class SuggestionAccess {
  constructor(
    private readonly committee: CommitteeAccess,
    private readonly suggestions: SuggestionRepository,
  ) {}

  /** The caller as the statements read them (their post is read once per request). */
  async viewer(ctx: RequestContext): Promise<SuggestionViewer> {
    const office = await this.committee.isOffice(ctx);
    const memberId = await this.committee.memberOf(ctx);
    const unitId = await this.committee.unitOf(ctx);
    return { scope: ctx.scope, office, memberId, unitId };
  }

  assertOffice(ctx: RequestContext, action: string): Promise<void> {
    return this.committee.assertOffice(ctx, action);
  }

  /**
   * The suggestion, locked for the rest of the transaction. One the caller may not see — another
   * member's draft, or, for a unit's staff, an item not assigned to their unit — is NOT_FOUND, as
   * it is when read: its existence is not the caller's to learn. One they may see but lies outside
   * their division is FORBIDDEN, as every write outside a scope is.
   */
  async locked(ctx: RequestContext, id: string, viewer: SuggestionViewer): Promise<Suggestion> {
    const row = await this.suggestions.lock(ctx, id);
    if (!row || !(await this.suggestions.findVisible(ctx, id, { ...viewer, scope: null }))) throw new NotFoundError('建言', id, 'id');
    await assertDivisionWithinScope(ctx, row.divisionId, `建言（编号 ${id}）`);
    return row;
  }

  /** Refuses a step the suggestion's state does not allow: "该建言当前状态为“已立案”，不能答复". */
  assertStatus(row: Suggestion, allowed: readonly SuggestionStatus[], action: string): void {
    if (!allowed.includes(row.status)) {
      throw new ConflictError(`该建言当前状态为“${SUGGESTION_STATUS_LABELS[row.status]}”，不能${action}`, 'id');
    }
  }

  /** The office, or one of the suggestion's authors (the lead author only, when `leadOnly`). */
  async assertAuthorOrOffice(
    ctx: RequestContext,
    viewer: SuggestionViewer,
    row: Suggestion,
    action: string,
    leadOnly = false,
  ): Promise<void> {
    if (viewer.office) return;
    const authors = await this.suggestions.authorsOf(ctx, [row.id]);
    const mine = authors.find((author) => author.memberId === viewer.memberId);
    if (viewer.memberId && mine && (!leadOnly || mine.position === 0)) return;
    throw new ForbiddenError(leadOnly ? `只有第一提出人本人或政协办可以${action}` : `只有提出人本人或政协办可以${action}`);
  }

  /** Writes one step of the history, by the caller, with the state it left the suggestion in. */
  step(
    ctx: RequestContext,
    suggestionId: string,
    action: SuggestionAction,
    statusAfter: SuggestionStatus,
    note: string | null,
  ): Promise<void> {
    const { caller } = ctx;
    return this.suggestions.insertStep(ctx, {
      suggestionId,
      action,
      statusAfter,
      actorKind: caller.kind,
      actorId: caller.kind === 'SYSTEM' ? null : caller.id,
      actorName: caller.username,
      note,
    });
  }
}
