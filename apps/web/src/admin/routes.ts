import type { RouteRecordRaw } from 'vue-router';

/** Administrators' pages: accounts and API keys. */
export const adminRoutes: RouteRecordRaw[] = [];
