import type { RouteRecordRaw } from 'vue-router';

/** The approval queue: submit, approve, return, reopen outcome records. */
export const approvalRoutes: RouteRecordRaw[] = [
  {
    path: 'approvals',
    name: 'approvals',
    component: () => import('./ApprovalPage.vue'),
    meta: { title: '审核', menu: '审核与导入', roles: ['ADMIN', 'EDITOR'] },
  },
];
