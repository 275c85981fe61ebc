import { Field, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { User } from '@rural/auth';
import { Member } from '@rural/members';

import { CommitteePostKind } from './committee-post-kind.js';
import { HandlingUnit } from './handling-unit.entity.js';

/**
 * An account's post in the committee's work. A row of its own rather than columns of `app_user`:
 * the auth lib sits left of members and units, and most accounts (clerks, leaders) hold no post.
 */
@ObjectType({ description: '履职岗位 — an account’s post in the committee’s work: 政协办, a handling unit’s staff, or a member.' })
@Entity('committee_post')
@Check('CHK_committee_post_unit', `("kind" = 'UNIT') = ("handling_unit_id" IS NOT NULL)`)
@Check('CHK_committee_post_member', `("kind" = 'MEMBER') = ("member_id" IS NOT NULL)`)
@Unique('UQ_committee_post_user', ['userId'])
@Index('IDX_committee_post_unit', ['handlingUnitId'])
@Index('UQ_committee_post_member', ['memberId'], { unique: true })
export class CommitteePost {
  /** Its own key, so the audit trail names the post (it is a grant, like a role). */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_committee_post' })
  id: string;

  /** The account; one post at most. */
  @Column({ type: 'bigint' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_committee_post_user' })
  user?: User;

  @Field(() => CommitteePostKind, { description: '岗位 — what the account does in the committee’s work.' })
  @Column({ type: 'enum', enum: CommitteePostKind, enumName: 'committee_post_kind' })
  kind: CommitteePostKind;

  /** For UNIT: the unit whose assigned suggestions the account sees and answers. */
  @Column({ type: 'bigint', nullable: true })
  handlingUnitId: string | null;

  @ManyToOne(() => HandlingUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'handling_unit_id', foreignKeyConstraintName: 'FK_committee_post_unit' })
  handlingUnit?: HandlingUnit;

  /** For MEMBER: the member the account belongs to (one account per member). */
  @Column({ type: 'bigint', nullable: true })
  memberId: string | null;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_committee_post_member' })
  member?: Member;
}
