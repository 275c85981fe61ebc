import { Args, Query, Resolver } from '@nestjs/graphql';

import { Allow, Ctx, Role, type RequestContext } from '@rural/core';

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
  auditLog(@Ctx() ctx: RequestContext, @Args() { filter, skip, take }: AuditLogArgs): Promise<AuditLogList> {
    return this.audit.list(ctx, filter, skip, take);
  }
}
