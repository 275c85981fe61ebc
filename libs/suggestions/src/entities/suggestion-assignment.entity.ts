import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { HandlingUnit } from '@rural/committee';
import { DateScalar } from '@rural/core';

import { SuggestionUnitRole } from '../suggestion-unit-role.js';
import { Suggestion } from './suggestion.entity.js';

/**
 * A unit's assignment to a suggestion (交办). It ends when the unit returns it (with a reason) or,
 * for the others, when the lead unit's return sends the whole item back to the office; ended rows
 * stay as history. A unit's staff see a suggestion while their unit holds an active assignment.
 */
@ObjectType({ description: '交办 — a handling unit’s assignment to a suggestion, as lead unit (主办) or co-unit (会办).' })
@Entity('suggestion_assignment')
@Check('CHK_suggestion_assignment_return', `"return_reason" IS NULL OR "ended_on" IS NOT NULL`)
@Check('CHK_suggestion_assignment_dates', `"ended_on" IS NULL OR "ended_on" >= "assigned_on"`)
// One active assignment per unit and suggestion; ended ones may repeat.
@Index('UQ_suggestion_assignment_active', ['suggestionId', 'unitId'], { unique: true, where: `"ended_on" IS NULL` })
@Index('IDX_suggestion_assignment_unit', ['unitId'])
export class SuggestionAssignment {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_suggestion_assignment' })
  id: string;

  @Column({ type: 'bigint' })
  suggestionId: string;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_assignment_suggestion' })
  suggestion?: Suggestion;

  @Field(() => ID, { description: '承办单位 — the unit.' })
  @Column({ type: 'bigint' })
  unitId: string;

  @ManyToOne(() => HandlingUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'FK_suggestion_assignment_unit' })
  unit?: HandlingUnit;

  @Field(() => SuggestionUnitRole, { description: '承办方式 — lead unit (主办) or co-unit (会办).' })
  @Column({ type: 'enum', enum: SuggestionUnitRole, enumName: 'suggestion_unit_role' })
  role: SuggestionUnitRole;

  @Field(() => DateScalar, { description: '交办日期 — the day the unit was assigned.' })
  @Column({ type: 'date' })
  assignedOn: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: '结束日期 — the day the assignment ended (returned or withdrawn); null while active.',
  })
  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Field(() => String, { nullable: true, description: '退回理由 — why the unit returned it, when it did.' })
  @Column({ type: 'text', nullable: true })
  returnReason: string | null;

  @Field({ description: 'When the assignment was recorded.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
