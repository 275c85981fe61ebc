import { ForbiddenError, Role, roleCovers, type RequestContext } from '@rural/core';

import type { KindSpec } from '../columns/catalogue.js';

/** Editors and administrators import; divisions only administrators. */
export function assertMayImport(ctx: RequestContext, spec: KindSpec): void {
  if (!roleCovers(ctx.caller.role, spec.adminOnly ? Role.ADMIN : Role.EDITOR)) {
    throw new ForbiddenError(spec.adminOnly ? `只有管理员可以导入${spec.title}` : '只有录入员和管理员可以导入');
  }
}
