import type { RouteRecordRaw } from 'vue-router';

/** The clerks' pages: lists and forms for each kind of record. */
export const workbenchRoutes: RouteRecordRaw[] = [];
