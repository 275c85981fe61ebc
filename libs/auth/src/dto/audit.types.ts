import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';

import { IsEntityId, Paginated, PaginationArgs } from '@rural/core';

import { AUDIT_ENTITY_TABLES } from '../audit-entity-types.js';

@ObjectType({ description: "操作人 — who made a change: a user, another system's API key, or the system itself (start-up, seed)." })
export class AuditActor {
  @Field(() => ID, { nullable: true, description: "The user's or key's id; null for SYSTEM." })
  id: string | null;

  @Field(() => String, { nullable: true, description: 'The username or key name at the time of the change.' })
  name: string | null;

  @Field({ description: 'USER, API_KEY or SYSTEM.' })
  kind: string;
}

@ObjectType({ description: '审计记录 — one change, written in the same transaction as the change; never changed or deleted.' })
export class AuditLogEntry {
  @Field(() => ID, { description: 'Identifier, in the order the changes were made.' })
  id: string;

  @Field({ description: '时间 — when the change was made.' })
  at: Date;

  @Field(() => AuditActor, { description: '操作人 — who made it.' })
  actor: AuditActor;

  @Field({ description: '动作 — CREATE, UPDATE, DELETE, SUBMIT, APPROVE, RETURN, REOPEN, REVOKE or CHANGE_PASSWORD.' })
  action: string;

  @Field({ description: '对象类型 — the type changed, e.g. OutcomeRecord, Base, User, ApiKey.' })
  entityType: string;

  @Field({ description: '对象编号 — its id (for a link row, its two ids joined by ":").' })
  entityId: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: '修改前 — the row before the change (column names as stored); null for CREATE. Secrets are never included.',
  })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: '修改后 — the row after the change; null for DELETE.' })
  after: Record<string, unknown> | null;

  @Field(() => ID, {
    nullable: true,
    description: '导入批次 — the spreadsheet import (or its undo) the change was part of; null otherwise.',
  })
  importId: string | null;
}

@ObjectType({ description: 'A page of audit entries.' })
export class AuditLogList extends Paginated(AuditLogEntry, 'audit entries') {}

@InputType({ description: 'Which audit entries: by object, by actor, by time; every field narrows.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: '对象类型 — e.g. OutcomeRecord.' })
  @IsOptional()
  @IsIn(Object.keys(AUDIT_ENTITY_TABLES), { message: `对象类型须为 ${Object.keys(AUDIT_ENTITY_TABLES).join('、')} 之一` })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: '对象编号.' })
  @IsOptional()
  @IsString({ message: '对象编号须为文字' })
  @MaxLength(40, { message: '对象编号最多 40 个字符' })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: "操作人 — a user's or key's id (with actorKind to tell the two apart)." })
  @IsEntityId('操作人', { optional: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: '操作人类型 — USER, API_KEY or SYSTEM.' })
  @IsOptional()
  @IsIn(['USER', 'API_KEY', 'SYSTEM'], { message: '操作人类型须为 USER、API_KEY 或 SYSTEM' })
  actorKind?: string | null;

  @Field(() => ID, { nullable: true, description: '导入批次 — the changes one spreadsheet import (and its undo) made.' })
  @IsEntityId('导入批次', { optional: true })
  importId?: string | null;

  @Field(() => Date, { nullable: true, description: '开始时间 — entries at or after this moment.' })
  @IsOptional()
  @IsDate({ message: '开始时间格式不正确' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: '结束时间 — entries before this moment.' })
  @IsOptional()
  @IsDate({ message: '结束时间格式不正确' })
  to?: Date | null;
}

@ArgsType()
export class AuditLogArgs extends PaginationArgs {
  @Field(() => AuditFilter, { nullable: true, description: '筛选 — which entries; all (that the caller may see) when left out.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditFilter)
  filter?: AuditFilter;
}
