import type { RouteRecordRaw } from 'vue-router';

/** The import wizard and the import history. */
export const importRoutes: RouteRecordRaw[] = [
  {
    path: 'imports',
    name: 'imports',
    component: () => import('./ImportWizardPage.vue'),
    meta: { title: '导入', menu: '审核与导入', roles: ['ADMIN', 'EDITOR'] },
  },
  {
    path: 'imports/history',
    name: 'import-history',
    component: () => import('./ImportHistoryPage.vue'),
    meta: { title: '导入记录', menu: '审核与导入', roles: ['ADMIN', 'EDITOR'] },
  },
];
