import { registerEnumType } from '@nestjs/graphql';

/** Where an import stands; a dry run ends VALID or INVALID, a commit COMMITTED or INVALID. */
export enum ImportStatus {
  /** Being read and checked (or written) right now; `progress` tells how far. */
  RUNNING = 'RUNNING',
  /** A dry run that found no problem: committing the same file would write it. */
  VALID = 'VALID',
  /** Problems were found; nothing was written. */
  INVALID = 'INVALID',
  /** Written, all rows in one transaction. */
  COMMITTED = 'COMMITTED',
  /** A committed import whose changes were taken back. */
  UNDONE = 'UNDONE',
  /** Stopped by something other than the file (the server stopped, the database failed); nothing was written. */
  FAILED = 'FAILED',
}

registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: '导入状态 — RUNNING, VALID / INVALID (dry run), COMMITTED, UNDONE, or FAILED.',
});
