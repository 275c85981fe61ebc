import { ForbiddenError, Role, roleCovers, type RequestContext } from '@rural/core';

/**
 * What a caller's reports may count: only approved figures unless an editor asks for the rest,
 * and only inside the caller's division when they have one (the scope of their account or key).
 */
export interface ReportView {
  includeUnapproved: boolean;
  /** The caller's scope; null: the whole database. */
  divisionId: string | null;
}

export function reportView(ctx: RequestContext, includeUnapproved: boolean | null | undefined): ReportView {
  const caller = ctx.caller;
  if (includeUnapproved && !roleCovers(caller.role, Role.EDITOR)) {
    throw new ForbiddenError('只有录入员和管理员可以查看未审核的数字（includeUnapproved）');
  }
  return { includeUnapproved: Boolean(includeUnapproved), divisionId: ctx.scope };
}

/** A loader key part: two views that count differently never share a batch. */
export function viewKey(view: ReportView): string {
  return `${view.includeUnapproved ? 'all' : 'approved'}.${view.divisionId ?? '*'}`;
}
