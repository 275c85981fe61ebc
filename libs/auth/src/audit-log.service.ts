import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { Page, RequestContext } from '@rural/core';

import { AUDIT_ENTITY_TABLES, entityTypeOfTable } from './audit-entity-types.js';
import { AuditEntry } from './audit-entry.entity.js';
import type { AuditFilter, AuditLogEntry } from './dto/audit.types.js';

/**
 * Reads the audit trail (written by the database's audit trigger). A caller with a division sees
 * the changes of rows placed inside it; changes of rows with no place (enterprises, members,
 * teams, accounts) only when they made them.
 */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(ctx: RequestContext, filter: AuditFilter | undefined, skip: number, take: number): Promise<Page<AuditLogEntry>> {
    const caller = ctx.caller;
    const query = this.dataSource.getRepository(AuditEntry).createQueryBuilder('entry');
    if (filter?.entityType) query.andWhere('entry.entityType = :table', { table: AUDIT_ENTITY_TABLES[filter.entityType] });
    if (filter?.entityId) query.andWhere('entry.entityId = :entityId', { entityId: filter.entityId });
    if (filter?.actorId) query.andWhere('entry.actorId = :actorId', { actorId: filter.actorId });
    if (filter?.actorKind) query.andWhere('entry.actorKind = :actorKind', { actorKind: filter.actorKind });
    if (filter?.importId) query.andWhere('entry.importId = :importId', { importId: filter.importId });
    if (filter?.from) query.andWhere('entry.at >= :from', { from: filter.from });
    if (filter?.to) query.andWhere('entry.at < :to', { to: filter.to });
    if (caller.divisionId) {
      query.andWhere('(entry.placePath @> ARRAY[:scope]::bigint[] OR (entry.actorKind = :kind AND entry.actorId = :self))', {
        scope: caller.divisionId,
        kind: caller.kind,
        self: caller.id,
      });
    }
    const [rows, totalItems] = await query.orderBy('entry.id', 'DESC').skip(skip).take(take).getManyAndCount();
    return {
      items: rows.map((row) => ({
        id: row.id,
        at: row.at,
        actor: { id: row.actorId, name: row.actorName, kind: row.actorKind },
        action: row.action,
        entityType: entityTypeOfTable(row.entityType),
        entityId: row.entityId,
        before: row.before,
        after: row.after,
        importId: row.importId,
      })),
      totalItems,
    };
  }
}
