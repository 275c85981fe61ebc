import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';

import type { ResearchVisitsFilter } from '@rural/committee';
import { containsPattern, type Page, type RequestContext } from '@rural/core';
import { AggregateRows } from '@rural/database';
import { Division, inDivisionSubtree } from '@rural/geography';
import { Member } from '@rural/members';

import type { DutyEventsArgs } from './dto/duty-events.args.js';
import type { DutyParticipantInput } from './dto/record-duty-event.input.js';
import { DutyEvent } from './duty-event.entity.js';
import { DutyParticipant } from './duty-participant.entity.js';

/** Columns an event is written with. */
export type DutyEventRow = Pick<DutyEvent, 'divisionId' | 'kind' | 'title' | 'topic' | 'heldOn' | 'place'>;

/**
 * Every statement the duty lib runs on `duty_event` and `duty_participant`. An event is placed at
 * the division whose committee held it: reads take the caller's scope (null: unlimited).
 */
@Injectable()
export class DutyEventRepository extends AggregateRows<DutyEvent, DutyEventRow> {
  constructor(
    @InjectRepository(DutyEvent) private readonly events: Repository<DutyEvent>,
    @InjectRepository(DutyParticipant) private readonly participants: Repository<DutyParticipant>,
  ) {
    super(DutyEvent);
  }

  findById(id: string, scope: string | null): Promise<DutyEvent | null> {
    const query = this.events.createQueryBuilder('event').where('event.id = :id', { id });
    if (scope) query.andWhere(inDivisionSubtree('event.division_id', 'scope'), { scope });
    return query.getOne();
  }

  async page({ filter, skip, take }: DutyEventsArgs, scope: string | null): Promise<Page<DutyEvent>> {
    filter ??= {};
    const query = this.events
      .createQueryBuilder('event')
      .orderBy('event.held_on', 'DESC')
      .addOrderBy('event.id', 'DESC')
      .offset(skip)
      .limit(take);
    if (scope) query.andWhere(inDivisionSubtree('event.division_id', 'scope'), { scope });
    if (filter.divisionId) query.andWhere(inDivisionSubtree('event.division_id', 'divisionId'), { divisionId: filter.divisionId });
    if (filter.kind) query.andWhere('event.kind = :kind', { kind: filter.kind });
    if (filter.from) query.andWhere('event.held_on >= :from', { from: filter.from });
    if (filter.to) query.andWhere('event.held_on <= :to', { to: filter.to });
    if (filter.memberId) {
      query.andWhere('EXISTS (SELECT 1 FROM duty_participant p WHERE p.event_id = event.id AND p.member_id = :memberId)', {
        memberId: filter.memberId,
      });
    }
    const [items, totalItems] = await query.getManyAndCount();
    return { items, totalItems };
  }

  /** Research visits (调研视察) in the scope matching the filter: the "开展调研N次" of a sentence. */
  countResearchVisits(filter: ResearchVisitsFilter, scope: string | null): Promise<number> {
    const query = this.events.createQueryBuilder('event').where(`event.kind = 'RESEARCH'`);
    if (scope) query.andWhere(inDivisionSubtree('event.division_id', 'scope'), { scope });
    if (filter.divisionId) query.andWhere(inDivisionSubtree('event.division_id', 'divisionId'), { divisionId: filter.divisionId });
    if (filter.year) {
      query.andWhere('event.held_on BETWEEN make_date(:year, 1, 1) AND make_date(:year, 12, 31)', { year: filter.year });
    }
    if (filter.topic) {
      query.andWhere('(event.topic ILIKE :topic OR event.title ILIKE :topic)', { topic: containsPattern(filter.topic) });
    }
    return query.getCount();
  }

  /** The participants of many events, in member id order. */
  participantsOf(eventIds: readonly string[]): Promise<DutyParticipant[]> {
    return this.participants.find({ where: { eventId: In([...eventIds]) }, order: { memberId: 'ASC' } });
  }

  /**
   * Makes the event's participants exactly `rows`: rows of members no longer listed go, the others
   * are inserted or updated in place, so the audit trail shows what changed for whom.
   */
  async replaceParticipants(ctx: RequestContext, eventId: string, rows: DutyParticipantInput[]): Promise<void> {
    const manager = ctx.transaction;
    const keep = rows.map((row) => row.memberId);
    const stale = manager.createQueryBuilder().delete().from(DutyParticipant).where('event_id = :eventId', { eventId });
    if (keep.length > 0) stale.andWhere('member_id NOT IN (:...keep)', { keep });
    await stale.execute();
    if (rows.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(DutyParticipant)
      .values(
        rows.map((row) => ({
          eventId,
          memberId: row.memberId,
          attendance: row.attendance,
          speeches: row.speeches,
          writtenSpeeches: row.writtenSpeeches,
        })),
      )
      .orUpdate(['attendance', 'speeches', 'written_speeches'], ['event_id', 'member_id'])
      .execute();
  }

  /** The ancestors (self included) of a division; null when there is no such division. */
  async divisionAncestors(ctx: RequestContext, divisionId: string): Promise<string[] | null> {
    const division = await ctx.transaction.findOne(Division, { select: { id: true, ancestorIds: true }, where: { id: divisionId } });
    return division?.ancestorIds ?? null;
  }

  /** Which of these members exist. */
  async existingMemberIds(ctx: RequestContext, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const found = await ctx.transaction.find(Member, { select: { id: true }, where: { id: In(ids) } });
    return new Set(found.map((member) => member.id));
  }
}
