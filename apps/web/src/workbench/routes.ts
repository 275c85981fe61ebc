import type { RouteRecordRaw } from 'vue-router';

import type { MenuGroup } from '../layout/menu';

const MENU: MenuGroup = '数据录入';

/** The clerks' pages: lists and forms for each kind of record, under 数据录入 in the menu. */
export const workbenchRoutes: RouteRecordRaw[] = [
  { path: 'outcomes', component: () => import('./outcomes/OutcomesPage.vue'), meta: { title: '成效数据', menu: MENU } },
  { path: 'bases', component: () => import('./bases/BasesPage.vue'), meta: { title: '基地', menu: MENU } },
  { path: 'matches', component: () => import('./matches/MatchesPage.vue'), meta: { title: '对接项目', menu: MENU } },
  { path: 'enterprises', component: () => import('./enterprises/EnterprisesPage.vue'), meta: { title: '企业', menu: MENU } },
  { path: 'members', component: () => import('./members/MembersPage.vue'), meta: { title: '政协委员', menu: MENU } },
  { path: 'service-teams', component: () => import('./teams/TeamsPage.vue'), meta: { title: '服务团', menu: MENU } },
  { path: 'service-activities', component: () => import('./activities/ActivitiesPage.vue'), meta: { title: '服务活动', menu: MENU } },
  { path: 'divisions', component: () => import('./divisions/DivisionsPage.vue'), meta: { title: '行政区划', menu: MENU } },
];
