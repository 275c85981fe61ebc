import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { VersionColumn } from '@rural/database';

import { DeadlineUnit } from '../deadline-unit.js';

/**
 * The committee's follow-up settings: one row for the installation (id 1, made by the migration).
 * One committee (县政协) runs the service, and one rule for all its divisions keeps every light
 * on the board comparable; a second committee would add a division key here.
 */
@ObjectType({ description: '督办设置 — the committee’s follow-up settings: yellow-light days, return window, default deadline.' })
@Entity('suggestion_settings')
@Check('CHK_suggestion_settings_single', `"id" = 1`)
@Check('CHK_suggestion_settings_yellow_days', `"yellow_days" BETWEEN 0 AND 90`)
@Check('CHK_suggestion_settings_return_days', `"return_days" BETWEEN 0 AND 90`)
@Check('CHK_suggestion_settings_deadline_amount', `"default_deadline_amount" BETWEEN 1 AND 366`)
export class SuggestionSettings {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'PK_suggestion_settings' })
  id: number;

  @Field(() => Int, { description: '黄灯天数 — an item turns yellow when its deadline is at most this many days away.' })
  @Column({ type: 'int', default: 7 })
  yellowDays: number;

  @Field(() => Int, {
    description: '退回期限（天）— a unit wrongly assigned may return an item within this many calendar days of assignment.',
  })
  @Column({ type: 'int', default: 10 })
  returnDays: number;

  @Field(() => DeadlineUnit, { description: '默认期限计法 — how the default deadline is counted.' })
  @Column({ type: 'enum', enum: DeadlineUnit, enumName: 'deadline_unit', default: DeadlineUnit.MONTHS })
  defaultDeadlineUnit: DeadlineUnit;

  @Field(() => Int, { description: '默认期限 — how many months or days the default deadline is (3 months unless changed).' })
  @Column({ type: 'int', default: 3 })
  defaultDeadlineAmount: number;

  @Field({ description: 'When the settings were last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
