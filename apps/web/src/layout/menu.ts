import type { RouteMeta, RouteRecordRaw } from 'vue-router';

import { committeePostsOf, type SignedInCaller } from '../session/session';

/** The side menu's groups, in the order shown. */
export const MENU_GROUPS = ['驾驶舱', '数据录入', '审核与导入', '政协履职', '系统管理'] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number];

export interface MenuEntry {
  path: string;
  title: string;
}

/**
 * Whether the caller may open a page: no limits, or their role among `roles`, or one of their
 * committee posts among `posts` (either list opens it).
 */
export function mayOpen(meta: RouteMeta | undefined, caller: SignedInCaller | null): boolean {
  if (!meta?.roles && !meta?.posts) return true;
  if (!caller) return false;
  if (meta.roles?.includes(caller.role)) return true;
  return committeePostsOf(caller).some((post) => meta.posts?.includes(post));
}

/** The menu for a caller: each group's pages, groups without a visible page left out. */
export function menuFor(
  routes: readonly RouteRecordRaw[],
  caller: SignedInCaller | null,
): Array<{ group: MenuGroup; entries: MenuEntry[] }> {
  return MENU_GROUPS.map((group) => ({
    group,
    entries: routes
      .filter((route) => route.meta?.menu === group && mayOpen(route.meta, caller))
      .map((route) => ({ path: `/${route.path}`, title: route.meta?.title ?? route.path })),
  })).filter((section) => section.entries.length > 0);
}
