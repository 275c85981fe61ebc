import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { ImportProblem } from './import-problem.js';
import { ImportStatus } from './import-status.js';

/**
 * 导入记录 — one file sent to `POST /imports/{kind}`: who, when, which file (name and SHA-256), what
 * was found and what was written. Kept for every dry run and commit; a committed one can be undone.
 */
@ObjectType({ description: '导入记录 — one spreadsheet import (a dry run or a commit): the file, who sent it, the counts and problems.' })
@Entity('spreadsheet_import')
@Index('IDX_spreadsheet_import_started_at', ['startedAt'])
export class SpreadsheetImport {
  @Field(() => ID, { description: 'Identifier; audit entries of a committed import carry it as `importId`.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'PK_spreadsheet_import' })
  id: string;

  @Field({ description: '类别 — the kind of rows: divisions, enterprises, members, bases, matches, service-activities or outcomes.' })
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Field({ description: '试导入 — true for a dry run, which checks everything and writes nothing.' })
  @Column({ type: 'boolean' })
  dryRun: boolean;

  @Field({ description: '提交审核 — whether imported outcome records were submitted for approval (else they stay DRAFT).' })
  @Column({ type: 'boolean', default: false })
  submit: boolean;

  @Field(() => ImportStatus, { description: '状态.' })
  @Column({ type: 'enum', enum: ImportStatus, enumName: 'import_status', default: ImportStatus.RUNNING })
  status: ImportStatus;

  @Field(() => String, { nullable: true, description: '文件名 — as the client gave it (`?fileName=`); null when it gave none.' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  fileName: string | null;

  @Field({ description: 'SHA-256 of the file, in hex: tells whether two imports were the same file.' })
  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Field(() => Int, { description: '文件大小（字节）.' })
  @Column({ type: 'integer' })
  bytes: number;

  @Field(() => Int, { description: '行数 — data rows read (empty rows and the untouched example row not counted).' })
  @Column({ type: 'integer', default: 0 })
  rows: number;

  @Field(() => Int, { description: '新增 — rows whose natural key was new (for a dry run: would be created).' })
  @Column({ type: 'integer', default: 0 })
  created: number;

  @Field(() => Int, { description: '修改 — rows that changed an existing row (for a dry run: would change).' })
  @Column({ type: 'integer', default: 0 })
  updated: number;

  @Field(() => Int, { description: '未变 — rows equal to what is stored: nothing written for them.' })
  @Column({ type: 'integer', default: 0 })
  unchanged: number;

  @Field(() => Int, { description: '问题数 — all problems found, even when `errors` lists only the first ones.' })
  @Column({ type: 'integer', default: 0 })
  errorCount: number;

  @Field(() => [ImportProblem], { description: '问题 — the problems, in file order (the first 10,000 of them).' })
  @Column({ type: 'jsonb', default: () => `'[]'` })
  errors: ImportProblem[];

  @Column({ type: 'varchar', length: 10 })
  actorKind: string;

  @Column({ type: 'bigint', nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: '导入人 — the username or key name of who sent the file.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  actorName: string | null;

  /** The importer's division (null: the whole service), so a town's editor lists its own town's imports. */
  @Column({ type: 'bigint', nullable: true })
  divisionId: string | null;

  @Field({ description: '开始时间.' })
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: '结束时间 — null while RUNNING.' })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: '撤销时间 — when a committed import was undone.' })
  @Column({ type: 'timestamptz', nullable: true })
  undoneAt: Date | null;

  @Field(() => String, { nullable: true, description: '撤销人 — who undid it.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  undoneBy: string | null;
}
