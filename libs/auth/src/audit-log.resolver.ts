import { Args, Query, Resolver } from '@nestjs/graphql';

import { Allow, CurrentUser, Role, type AuthenticatedUser } from '@rural/core';

import { AuditLogService } from './audit-log.service.js';
import { AuditLogArgs, AuditLogList } from './dto/audit.types.js';

@Resolver()
export class AuditLogResolver {
  constructor(private readonly audit: AuditLogService) {}

  @Allow(Role.EDITOR)
  @Query(() => AuditLogList, {
    description:
      '审计日志 — who changed what and when, newest first (editors and administrators, inside their division); entries are never changed or deleted.',
  })
  auditLog(@Args() { filter, skip, take }: AuditLogArgs, @CurrentUser() caller: AuthenticatedUser): Promise<AuditLogList> {
    return this.audit.list(filter, skip, take, caller);
  }
}
