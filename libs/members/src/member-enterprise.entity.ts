import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Enterprise } from '@rural/enterprises';

import { Member } from './member.entity.js';

/**
 * A member owns or represents an enterprise. The link belongs to the member (it goes when the
 * member is deleted); an enterprise that members are linked to cannot be deleted.
 */
@Entity('member_enterprise')
@Index('IDX_member_enterprise_enterprise', ['enterpriseId'])
export class MemberEnterprise {
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_member_enterprise' })
  memberId: string;

  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_member_enterprise' })
  enterpriseId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_member_enterprise_member' })
  member?: Member;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'FK_member_enterprise_enterprise' })
  enterprise?: Enterprise;
}
