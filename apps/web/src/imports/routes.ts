import type { RouteRecordRaw } from 'vue-router';

/** The import wizard and the import history. */
export const importRoutes: RouteRecordRaw[] = [];
