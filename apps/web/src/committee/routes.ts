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
  // ── 履职积分 (duty points): events, ranking, a member's file, the yearly rules ──
  {
    path: 'committee/duty-events',
    component: () => import('./duty/DutyEventsPage.vue'),
    meta: { title: '履职活动', menu: MENU },
  },
  {
    path: 'committee/duty-ranking',
    component: () => import('./duty/DutyRankingPage.vue'),
    meta: { title: '积分排名', menu: MENU },
  },
  {
    // 一人一档: the office reads its division's members; a member's own account its own file.
    path: 'committee/members/:memberId/file',
    component: () => import('./duty/MemberFilePage.vue'),
    meta: { title: '委员履职档案', posts: ['OFFICE', 'MEMBER'] },
  },
  {
    path: 'committee/my-file',
    component: () => import('./duty/MemberFilePage.vue'),
    meta: { title: '我的履职档案', menu: MENU, posts: ['MEMBER'] },
  },
  {
    path: 'committee/duty-rules',
    component: () => import('./duty/DutyRulesPage.vue'),
    meta: { title: '积分规则', menu: MENU, roles: ['ADMIN'] },
  },
];
