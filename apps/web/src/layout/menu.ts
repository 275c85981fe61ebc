import type { RouteRecordRaw } from 'vue-router';

/** The side menu's groups, in the order shown. */
export const MENU_GROUPS = ['驾驶舱', '数据录入', '审核与导入', '系统管理'] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number];

export interface MenuEntry {
  path: string;
  title: string;
}

/** The menu for a role: each group's pages, groups without a visible page left out. */
export function menuFor(routes: readonly RouteRecordRaw[], role: string): Array<{ group: MenuGroup; entries: MenuEntry[] }> {
  return MENU_GROUPS.map((group) => ({
    group,
    entries: routes
      .filter((route) => {
        const meta = route.meta;
        return meta?.menu === group && (!meta.roles || meta.roles.includes(role as never));
      })
      .map((route) => ({ path: `/${route.path}`, title: route.meta?.title ?? route.path })),
  })).filter((section) => section.entries.length > 0);
}
