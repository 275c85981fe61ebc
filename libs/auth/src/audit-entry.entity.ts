import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One line of the audit trail, written by a database trigger in the same transaction as the
 * change it describes (see the Trust migration). No operation changes or deletes one: a trigger
 * refuses UPDATE and DELETE on this table.
 */
@Entity('audit_entry')
@Index('IDX_audit_entry_entity', ['entityType', 'entityId'])
@Index('IDX_audit_entry_actor', ['actorKind', 'actorId'])
@Index('IDX_audit_entry_at', ['at'])
// GIN, for scoped readers: written in the trust-rules migration.
@Index('IDX_audit_entry_place_path', { synchronize: false })
@Index('IDX_audit_entry_import', ['importId'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_audit_entry' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at: Date;

  /** USER, API_KEY, or SYSTEM (migrations, the seed, the first administrator). */
  @Column({ type: 'varchar', length: 10 })
  actorKind: string;

  @Column({ type: 'bigint', nullable: true })
  actorId: string | null;

  /** The actor's name at the time (a username or a key's name): kept when the actor is deleted. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  actorName: string | null;

  /** CREATE, UPDATE, DELETE, SUBMIT, APPROVE, RETURN, REOPEN, REVOKE. */
  @Column({ type: 'varchar', length: 20 })
  action: string;

  /** The table written, e.g. `outcome_record`. */
  @Column({ type: 'varchar', length: 40 })
  entityType: string;

  @Column({ type: 'varchar', length: 40 })
  entityId: string;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  /** Ancestors (and self) of the division the row sits in, for scoped readers; empty when the row has no place. */
  @Column({ type: 'bigint', array: true, default: () => `'{}'` })
  placePath: string[];

  /** The spreadsheet import the change was part of (its undo too); null for every other change. */
  @Column({ type: 'bigint', nullable: true })
  importId: string | null;
}
