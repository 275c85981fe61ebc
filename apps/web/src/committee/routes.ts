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
];
