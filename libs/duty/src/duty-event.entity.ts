import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { DateScalar } from '@rural/core';
import { VersionColumn } from '@rural/database';
import { Division } from '@rural/geography';

import { DutyEventKind } from './duty-event-kind.js';

@ObjectType({ description: '履职活动 — a committee meeting or activity, with the members who were asked to take part.' })
@Entity('duty_event')
@Check('CHK_duty_event_title_not_blank', `btrim("title") <> ''`)
@Index('IDX_duty_event_held_on', ['heldOn'])
@Index('IDX_duty_event_division', ['divisionId'])
export class DutyEvent {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_duty_event' })
  id: string;

  @Field(() => ID, { description: '主办政协 — the division whose committee held the event (usually a county); places it for scopes.' })
  @Column({ type: 'bigint' })
  divisionId: string;

  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'division_id', foreignKeyConstraintName: 'FK_duty_event_division' })
  division?: Division;

  @Field(() => DutyEventKind, { description: '类型 — the kind of meeting or activity.' })
  @Column({ type: 'enum', enum: DutyEventKind, enumName: 'duty_event_kind' })
  kind: DutyEventKind;

  @Field({ description: '名称 — the event’s name, e.g. 县政协十届三次全体会议.' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { nullable: true, description: '议题 — what it was about, when given.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  topic: string | null;

  @Field(() => DateScalar, { description: '日期 — the day it was held; its year is the year whose points it counts for.' })
  @Column({ type: 'date' })
  heldOn: string;

  @Field(() => String, { nullable: true, description: '地点 — where it was held, when given.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  place: string | null;

  @Field({ description: 'When the event was entered.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the event was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
