import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';

import { adminRoutes } from './admin/routes';
import { client } from './api/client';
import { approvalRoutes } from './approvals/routes';
import { auditRoutes } from './audit/routes';
import { committeeRoutes } from './committee/routes';
import { dashboardRoutes } from './dashboard/routes';
import { importRoutes } from './imports/routes';
import ConsoleLayout from './layout/ConsoleLayout.vue';
import { mayOpen } from './layout/menu';
import { WhoAmIQuery } from './session/operations';
import { restoreSession, session, whenSignedOut } from './session/session';
import { workbenchRoutes } from './workbench/routes';

/**
 * Routes. Each area (dashboard, workbench, …) lists its own pages in its routes.ts; a page's
 * `meta.menu` puts it in the side menu under that group, `meta.roles` / `meta.posts` hide it from others.
 */
const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./session/LoginPage.vue'), meta: { public: true, title: '登录' } },
  {
    path: '/',
    component: ConsoleLayout,
    redirect: '/dashboard',
    children: [
      ...dashboardRoutes,
      ...workbenchRoutes,
      ...approvalRoutes,
      ...importRoutes,
      ...auditRoutes,
      ...committeeRoutes,
      ...adminRoutes,
    ],
  },
  { path: '/:unknown(.*)*', name: 'not-found', component: () => import('./layout/NotFoundPage.vue'), meta: { title: '页面不存在' } },
];

export const router = createRouter({ history: createWebHistory(), routes });

restoreSession();
whenSignedOut(() => {
  const here = router.currentRoute.value;
  if (!here.meta.public) void router.replace({ name: 'login', query: { next: here.fullPath } });
});

router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  if (!session.token) return { name: 'login', query: { next: to.fullPath } };
  if (!session.caller) {
    const result = await client.query(WhoAmIQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    // An expired or revoked token signs out in the client's error handler.
    if (!result.data) return session.token ? { name: 'login', query: { next: to.fullPath } } : false;
    session.caller = result.data.whoAmI;
  }
  if (!mayOpen(to.meta, session.caller)) return { path: '/dashboard' };
  return true;
});

router.afterEach((to) => {
  document.title = `${to.meta.title ?? '控制台'} · 乡村振兴成效`;
});
