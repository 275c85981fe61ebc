import { Injectable } from '@nestjs/common';

import { CommitteeAccess } from '@rural/committee';
import { assertValid, groupByKey, NotFoundError, type Page, type RequestContext } from '@rural/core';
import { Transactions, updateVersioned } from '@rural/database';
import { assertWithinScope } from '@rural/geography';

import type { DutyEventsArgs } from './dto/duty-events.args.js';
import { RecordDutyEventInput, type DutyParticipantInput } from './dto/record-duty-event.input.js';
import type { UpdateDutyEventInput } from './dto/update-duty-event.input.js';
import { DutyEvent } from './duty-event.entity.js';
import { DutyEventRepository, type DutyEventRow } from './duty-event.repository.js';
import type { DutyParticipant } from './duty-participant.entity.js';

const ACTION = '录入履职活动';

// Who may write is asked before the transaction opens: CommitteeAccess reads the caller's post
// on the pool, which on the embedded database (one connection) must not wait on an open
// transaction. An importer asks once before its own transaction; the request's loader then answers.

/**
 * 履职活动: meetings and activities with each member's attendance, entered by the committee
 * office within its division. `record` is the one use case an importer calls per event: it joins
 * the importer's transaction.
 */
@Injectable()
export class DutyEventService {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: DutyEventRepository,
    private readonly access: CommitteeAccess,
  ) {}

  /** One event, or null when there is none or it was held outside the caller's division. */
  findById(ctx: RequestContext, id: string): Promise<DutyEvent | null> {
    return this.events.findById(id, ctx.scope);
  }

  list(ctx: RequestContext, args: DutyEventsArgs): Promise<Page<DutyEvent>> {
    return this.events.page(args, ctx.scope);
  }

  /** This request's batched loader of each event's participants. */
  participantsLoader(ctx: RequestContext) {
    return ctx.loaders.get<string, DutyParticipant[]>('dutyEvent.participants', async (eventIds) =>
      groupByKey(eventIds, await this.events.participantsOf(eventIds), (row) => row.eventId),
    );
  }

  async record(ctx: RequestContext, input: RecordDutyEventInput): Promise<DutyEvent> {
    await this.access.assertOffice(ctx, ACTION);
    return this.transactions.run(ctx, async (tx) => {
      await this.checkDivision(tx, input.divisionId);
      await this.checkMembers(tx, input.participants);
      const saved = await this.events.insert(tx, toRow(input));
      await this.events.replaceParticipants(tx, saved.id, input.participants);
      return saved;
    });
  }

  async update(ctx: RequestContext, input: UpdateDutyEventInput): Promise<DutyEvent> {
    await this.access.assertOffice(ctx, ACTION);
    const { participants, ...changes } = input;
    return updateVersioned(this.transactions, ctx, changes, {
      noun: '履职活动',
      lock: (tx, id) => this.lockedOrFail(tx, id),
      // Participants are checked whole when given; the merge checks the event's own fields.
      merge: (event, merged) => assertValid(RecordDutyEventInput, { ...toRow(event), participants: participants ?? [], ...merged }),
      write: async (tx, id, valid) => {
        await this.checkDivision(tx, valid.divisionId);
        await this.events.update(tx, id, toRow(valid));
        if (participants) {
          await this.checkMembers(tx, participants);
          await this.events.replaceParticipants(tx, id, valid.participants);
        }
      },
      reread: (tx, id) => this.events.reread(tx, id),
    });
  }

  async delete(ctx: RequestContext, id: string): Promise<string> {
    await this.access.assertOffice(ctx, ACTION);
    return this.transactions.run(ctx, async (tx) => {
      await this.lockedOrFail(tx, id);
      // Its participants go with it (ON DELETE CASCADE), and with them the points they gave.
      await this.events.delete(tx, id);
      return id;
    });
  }

  /** The event, locked, when it lies in the caller's division. */
  private async lockedOrFail(ctx: RequestContext, id: string): Promise<DutyEvent> {
    const event = await this.events.lock(ctx, id);
    if (!event) throw new NotFoundError('履职活动', id, 'id');
    await this.checkDivision(ctx, event.divisionId);
    return event;
  }

  private async checkDivision(ctx: RequestContext, divisionId: string): Promise<void> {
    const ancestors = await this.events.divisionAncestors(ctx, divisionId);
    if (!ancestors) throw new NotFoundError('区划', divisionId, 'divisionId');
    assertWithinScope(ctx, ancestors, '主办政协');
  }

  private async checkMembers(ctx: RequestContext, participants: DutyParticipantInput[]): Promise<void> {
    const known = await this.events.existingMemberIds(
      ctx,
      participants.map((row) => row.memberId),
    );
    const index = participants.findIndex((row) => !known.has(row.memberId));
    if (index >= 0) throw new NotFoundError('委员', participants[index].memberId, `participants.${index}.memberId`);
  }
}

function toRow(input: RecordDutyEventInput | DutyEvent): DutyEventRow {
  return {
    divisionId: input.divisionId,
    kind: input.kind,
    title: input.title,
    topic: input.topic ?? null,
    heldOn: input.heldOn,
    place: input.place ?? null,
  };
}
