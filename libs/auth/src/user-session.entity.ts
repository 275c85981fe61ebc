import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { User } from './user.entity.js';

/**
 * A signed-in session. Only the SHA-256 of the bearer token is kept, so a copy of the database
 * gives no one a working token; kept in PostgreSQL so that several API processes share it.
 */
@Entity('user_session')
@Index('UQ_user_session_token_hash', ['tokenHash'], { unique: true })
@Index('IDX_user_session_user', ['userId'])
export class UserSession {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_user_session' })
  id: string;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'bigint' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_session_user' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
