import type { RouteRecordRaw } from 'vue-router';

/** The audit trail (`/audit?entityType=…&entityId=…` shows one record's, `?importId=…` one import's). */
export const auditRoutes: RouteRecordRaw[] = [
  {
    path: 'audit',
    name: 'audit',
    component: () => import('./AuditPage.vue'),
    meta: { title: '操作记录', menu: '审核与导入', roles: ['ADMIN', 'EDITOR'] },
  },
];
