import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { Role } from '@rural/core';
import { VersionColumn } from '@rural/database';
import { Division } from '@rural/geography';

@ObjectType({ description: '用户 — someone who signs in: a clerk, a leader or an administrator.' })
@Entity('app_user')
// Usernames are unique regardless of case; an expression index, so written in the migration.
@Index('UQ_app_user_username', { synchronize: false })
export class User {
  @Field(() => ID, { description: 'Identifier.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_app_user' })
  id: string;

  @Field({ description: '用户名 — the name used to sign in.' })
  @Column({ type: 'varchar', length: 50 })
  username: string;

  /** scrypt, as `scrypt$N$r$p$salt$hash` (base64). Never exposed. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Field(() => Role, { description: '角色 — what the user may do.' })
  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  @Field(() => ID, {
    nullable: true,
    description: '所属区划 — the division whose subtree bounds what the user sees and writes; null: the whole database.',
  })
  @Column({ type: 'bigint', nullable: true })
  divisionId: string | null;

  @ManyToOne(() => Division, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'division_id', foreignKeyConstraintName: 'FK_app_user_division' })
  division?: Division;

  @Field({ description: 'When the user was created.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the user was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
