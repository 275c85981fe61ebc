import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Role } from '@rural/core';
import { Division } from '@rural/geography';

import { User } from './user.entity.js';

/**
 * 接口密钥 — how another system reads (or writes) through the API: `Authorization: Bearer <key>`.
 * Only the SHA-256 of the key is kept; the key itself is shown once, when it is created.
 */
@ObjectType({ description: '接口密钥 — a key another system uses instead of signing in; the key itself is shown only once, when created.' })
@Entity('api_key')
@Index('UQ_api_key_key_hash', ['keyHash'], { unique: true })
@Check('CHK_api_key_role', `"role" IN ('EDITOR', 'VIEWER')`)
export class ApiKey {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_api_key' })
  id: string;

  @Field({ description: '名称 — what the key is for, e.g. "省农业农村厅数据平台".' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => Role, { description: '角色 — VIEWER reads; EDITOR also writes.' })
  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The division the key is limited to; null: the whole database.' })
  @Column({ type: 'bigint', nullable: true })
  divisionId: string | null;

  // Loaded with the key (the issue names `apiKey { division }`); administrators read it.
  @Field(() => Division, { nullable: true, description: '所属区划 — the division the key is limited to; null: the whole database.' })
  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'division_id', foreignKeyConstraintName: 'FK_api_key_division' })
  division?: Division | null;

  @Column({ type: 'char', length: 64 })
  keyHash: string;

  /** The administrator who created it. */
  @Column({ type: 'bigint', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_api_key_created_by' })
  createdBy?: User;

  @Field({ description: '创建时间 — when the key was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: '最近使用 — when the key was last used (to the minute); null if never.' })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: '吊销时间 — when the key was revoked; a revoked key is refused at once.' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
