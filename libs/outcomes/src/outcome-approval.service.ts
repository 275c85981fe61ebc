import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';

import { actorRef, ConflictError, ForbiddenError, NotFoundError, type Caller, type RequestContext } from '@rural/core';
import { Transactions } from '@rural/database';

import { OutcomeRecord } from './outcome-record.entity.js';
import { OutcomeStatus } from './outcome-status.js';

interface Transition {
  /** The statuses a record may leave this way. */
  from: OutcomeStatus[];
  to: OutcomeStatus;
  /** The verb a clerk reads in the refusal, e.g. "审核". */
  verb: string;
  /** Approval: not by whoever entered or last changed the record. */
  fourEyes?: boolean;
}

const STATUS_NAMES: Record<OutcomeStatus, string> = {
  [OutcomeStatus.DRAFT]: '草稿',
  [OutcomeStatus.SUBMITTED]: '已报送',
  [OutcomeStatus.APPROVED]: '已审核',
  [OutcomeStatus.RETURNED]: '已退回',
};

export const SUBMIT: Transition = { from: [OutcomeStatus.DRAFT, OutcomeStatus.RETURNED], to: OutcomeStatus.SUBMITTED, verb: '报送' };
export const APPROVE: Transition = { from: [OutcomeStatus.SUBMITTED], to: OutcomeStatus.APPROVED, verb: '审核通过', fourEyes: true };
export const RETURN: Transition = { from: [OutcomeStatus.SUBMITTED], to: OutcomeStatus.RETURNED, verb: '退回' };
export const REOPEN: Transition = { from: [OutcomeStatus.APPROVED], to: OutcomeStatus.DRAFT, verb: '重新打开' };

/**
 * DRAFT → SUBMITTED → APPROVED, or RETURNED (with a reason) and back to editable; an
 * administrator may reopen an approved record. A batch changes all its records or none: every
 * record is locked and checked first, then one UPDATE moves them all (the audit trigger writes
 * one entry per record, named after the move).
 */
@Injectable()
export class OutcomeApprovalService {
  constructor(private readonly transactions: Transactions) {}

  move(ctx: RequestContext, ids: string[], transition: Transition, reason: string | null = null): Promise<OutcomeRecord[]> {
    return this.transactions.run(ctx, async (tx) => {
      const manager = tx.transaction;
      const records = await manager.find(OutcomeRecord, {
        where: { id: In(ids) },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const byId = new Map(records.map((record) => [record.id, record]));
      for (const id of ids) {
        const record = byId.get(id);
        if (!record) throw new NotFoundError('成效记录', id, 'ids');
        checkMove(record, transition, tx.caller);
      }
      await manager.update(
        OutcomeRecord,
        { id: In(ids) },
        {
          status: transition.to,
          statusReason: reason,
          approvedAt: transition.to === OutcomeStatus.APPROVED ? () => 'now()' : null,
        },
      );
      const moved = await manager.findBy(OutcomeRecord, { id: In(ids) });
      const movedById = new Map(moved.map((record) => [record.id, record]));
      return ids.map((id) => movedById.get(id) as OutcomeRecord);
    });
  }
}

function checkMove(record: OutcomeRecord, transition: Transition, actor: Caller): void {
  if (actor.divisionId && !record.placePath.includes(actor.divisionId)) {
    throw new ForbiddenError(`成效记录（编号 ${record.id}）不在您负责的区划内，不能${transition.verb}`);
  }
  if (!transition.from.includes(record.status)) {
    throw new ConflictError(`成效记录（编号 ${record.id}）当前为“${STATUS_NAMES[record.status]}”，不能${transition.verb}`, 'ids');
  }
  if (transition.fourEyes && [record.recordedBy, record.changedBy].includes(actorRef(actor))) {
    throw new ForbiddenError(`成效记录（编号 ${record.id}）是您录入或最后修改的，须由他人审核`);
  }
}
