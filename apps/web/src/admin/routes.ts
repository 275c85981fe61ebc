import type { RouteRecordRaw } from 'vue-router';

/** Administrators' pages: accounts and API keys. */
export const adminRoutes: RouteRecordRaw[] = [
  {
    path: 'admin/users',
    name: 'admin-users',
    component: () => import('./UsersPage.vue'),
    meta: { title: '账号', menu: '系统管理', roles: ['ADMIN'] },
  },
  {
    path: 'admin/api-keys',
    name: 'admin-api-keys',
    component: () => import('./ApiKeysPage.vue'),
    meta: { title: '接口密钥', menu: '系统管理', roles: ['ADMIN'] },
  },
];
