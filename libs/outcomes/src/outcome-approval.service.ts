import { Injectable } from '@nestjs/common';

import { actorRef, ConflictError, ForbiddenError, NotFoundError, type Caller, type RequestContext } from '@rural/core';
import { Transactions } from '@rural/database';

import { OutcomeRecord } from './outcome-record.entity.js';
import { OutcomeRecordRepository } from './outcome-record.repository.js';
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
  constructor(
    private readonly transactions: Transactions,
    private readonly records: OutcomeRecordRepository,
  ) {}

  move(ctx: RequestContext, ids: string[], transition: Transition, reason: string | null = null): Promise<OutcomeRecord[]> {
    return this.transactions.run(ctx, async (tx) => {
      const locked = new Map((await this.records.lockMany(tx, ids)).map((record) => [record.id, record]));
      for (const id of ids) {
        const record = locked.get(id);
        if (!record) throw new NotFoundError('成效记录', id, 'ids');
        checkMove(record, transition, tx.caller);
      }
      await this.records.moveStatus(tx, ids, transition.to, reason, transition.to === OutcomeStatus.APPROVED);
      const moved = new Map((await this.records.findMany(tx, ids)).map((record) => [record.id, record]));
      return ids.map((id) => moved.get(id) as OutcomeRecord);
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
