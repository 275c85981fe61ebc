import type { RouteRecordRaw } from 'vue-router';

/** The approval queue: submit, approve, return, reopen outcome records. */
export const approvalRoutes: RouteRecordRaw[] = [];
