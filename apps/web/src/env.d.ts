import 'vue-router';

import type { MenuGroup } from './layout/menu';

declare module 'vue-router' {
  /** What a page's route says about it (see router.ts). */
  interface RouteMeta {
    /** The page's Chinese title (window title and menu entry). */
    title?: string;
    /** The side-menu group the page appears in; absent: not in the menu. */
    menu?: MenuGroup;
    /** Roles that may open the page; absent: everyone signed in. */
    roles?: Array<'ADMIN' | 'EDITOR' | 'VIEWER'>;
    /** Open without signing in (the sign-in page). */
    public?: boolean;
  }
}
