import type { RouteRecordRaw } from 'vue-router';

import type { MenuGroup } from '../layout/menu';

const MENU: MenuGroup = '政协履职';

/**
 * The committee's own work (政协履职): duty points, suggestions and their follow-up, the
 * handling units. Each page says which roles or committee posts open it.
 */
export const committeeRoutes: RouteRecordRaw[] = [
  {
    path: 'committee/units',
    component: () => import('./units/HandlingUnitsPage.vue'),
    meta: { title: '承办单位', menu: MENU },
  },
  // 建言督办 — suggestions and their follow-up (committee/suggestions).
  {
    path: 'committee/suggestions',
    component: () => import('./suggestions/SuggestionsPage.vue'),
    meta: { title: '建言', menu: MENU },
  },
  {
    path: 'committee/suggestions/:id',
    component: () => import('./suggestions/SuggestionDetailPage.vue'),
    meta: { title: '建言详情' },
  },
  {
    // Leaders follow the board on their phones: open to everyone, showing what each may see.
    path: 'committee/board',
    component: () => import('./suggestions/SuggestionBoardPage.vue'),
    meta: { title: '督办看板', menu: MENU },
  },
  {
    path: 'committee/inbox',
    component: () => import('./suggestions/SuggestionInboxPage.vue'),
    meta: { title: '待办', menu: MENU, posts: ['UNIT'] },
  },
  {
    path: 'committee/suggestion-settings',
    component: () => import('./suggestions/SuggestionSettingsPage.vue'),
    meta: { title: '办理设置', menu: MENU, roles: ['ADMIN'], posts: ['OFFICE'] },
  },
  // end 建言督办
];
