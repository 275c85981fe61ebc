import type { RouteRecordRaw } from 'vue-router';

/** The audit trail (`/audit?entityType=…&entityId=…` shows one record's). */
export const auditRoutes: RouteRecordRaw[] = [];
