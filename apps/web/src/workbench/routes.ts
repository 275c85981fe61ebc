import type { RouteRecordRaw } from 'vue-router';

/** The clerks' pages: lists and forms for each kind of record, under 数据录入 in the menu. */
export const workbenchRoutes: RouteRecordRaw[] = [
  { path: 'bases', component: () => import('./bases/BasesPage.vue'), meta: { title: '基地', menu: '数据录入' } },
  { path: 'enterprises', component: () => import('./enterprises/EnterprisesPage.vue'), meta: { title: '企业', menu: '数据录入' } },
];
