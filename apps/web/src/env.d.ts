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
    /**
     * Committee posts that may open the page (an administrator counts as 政协办); with `roles`
     * too, either opens it.
     */
    posts?: Array<'OFFICE' | 'UNIT' | 'MEMBER'>;
    /** Open without signing in (the sign-in page). */
    public?: boolean;
  }
}
