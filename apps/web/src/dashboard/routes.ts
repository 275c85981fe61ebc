import type { RouteRecordRaw } from 'vue-router';

/** The leaders' pages. */
export const dashboardRoutes: RouteRecordRaw[] = [
  {
    path: 'dashboard',
    name: 'dashboard',
    component: () => import('./DashboardPage.vue'),
    meta: { title: '驾驶舱', menu: '驾驶舱' },
  },
];
