import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

import { VersionColumn } from '@rural/database';

import { DutyCategoryRule, DutyItemRule } from './duty-rule-parts.js';

/**
 * One year's points rules (《委员履职积分管理办法》), saved by an administrator. Categories and items
 * are one document (jsonb): they are edited and checked as a whole, and a year's scores read them
 * as a whole. One rule set per year for the whole database.
 */
@ObjectType({ description: '履职积分规则 — one year’s rules: categories with caps, points per fact, base points, grade thresholds.' })
@Entity('duty_rule_set')
@Unique('UQ_duty_rule_set_year', ['year'])
@Check('CHK_duty_rule_set_thresholds', `"excellent_from" > "good_from" AND "good_from" > "competent_from" AND "competent_from" >= 0`)
@Check('CHK_duty_rule_set_base_points', `"base_points" >= 0`)
export class DutyRuleSet {
  /** A key of its own for the audit trail; clients know a rule set by its year. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_duty_rule_set' })
  id: string;

  @Field(() => Int, { description: '年度 — the year the rules score.' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => Int, { description: '基础分 — points every member starts the year with, outside the categories.' })
  @Column({ type: 'integer', default: 0 })
  basePoints: number;

  @Field(() => [DutyCategoryRule], { description: '积分类别 — the categories, in the order reports show them.' })
  @Column({ type: 'jsonb' })
  categories: DutyCategoryRule[];

  @Field(() => [DutyItemRule], { description: '计分规则 — the points of each fact rewarded; facts not listed are worth nothing.' })
  @Column({ type: 'jsonb' })
  items: DutyItemRule[];

  @Field(() => Int, { description: '优秀分数线 — the least total graded 优秀.' })
  @Column({ type: 'integer' })
  excellentFrom: number;

  @Field(() => Int, { description: '良好分数线 — the least total graded 良好.' })
  @Column({ type: 'integer' })
  goodFrom: number;

  @Field(() => Int, { description: '称职分数线 — the least total graded 称职; below it, 不称职.' })
  @Column({ type: 'integer' })
  competentFrom: number;

  // Null for a proposal, which is never stored.
  @Field(() => Date, { nullable: true, description: 'When the rules were first saved; null for a proposal.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the rules were last changed; null for a proposal.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date | null;

  @VersionColumn()
  version: number;
}
