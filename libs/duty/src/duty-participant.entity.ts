import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { Member } from '@rural/members';

import { Attendance } from './duty-event-kind.js';
import { DutyEvent } from './duty-event.entity.js';

/**
 * A member's part in one event. A key of its own (not event + member) so the audit trail names
 * each row; the pair is unique. Goes with the event; a member with participations stays.
 */
@ObjectType({ description: '参加人员 — one member’s attendance, speeches and written contributions at an event.' })
@Entity('duty_participant')
@Unique('UQ_duty_participant_event_member', ['eventId', 'memberId'])
@Index('IDX_duty_participant_member', ['memberId'])
@Check('CHK_duty_participant_counts_non_negative', `"speeches" >= 0 AND "written_speeches" >= 0`)
export class DutyParticipant {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_duty_participant' })
  id: string;

  @Column({ type: 'bigint' })
  eventId: string;

  @ManyToOne(() => DutyEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_duty_participant_event' })
  event?: DutyEvent;

  @Field(() => ID, { description: '委员编号 — the member’s id.' })
  @Column({ type: 'bigint' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_duty_participant_member' })
  member?: Member;

  @Field(() => Attendance, { description: '出勤 — present, excused or absent without leave.' })
  @Column({ type: 'enum', enum: Attendance, enumName: 'duty_attendance' })
  attendance: Attendance;

  @Field(() => Int, { description: '大会发言 — speeches the member made at the event.' })
  @Column({ type: 'integer', default: 0 })
  speeches: number;

  @Field(() => Int, { description: '书面发言 — written contributions the member handed in.' })
  @Column({ type: 'integer', default: 0 })
  writtenSpeeches: number;
}
