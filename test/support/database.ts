import { DataSource } from 'typeorm';

import type { TestApp } from './test-app.js';

/**
 * Reads the app's database directly, for asserting what was (not) stored. Goes through the app's
 * own data source: on the embedded database there is only one connection.
 */
export async function sql<T = Record<string, unknown>>(t: TestApp, text: string, parameters: unknown[] = []): Promise<T[]> {
  return t.app.get(DataSource).query(text, parameters);
}

export async function countRows(t: TestApp, table: string): Promise<number> {
  const [row] = await sql<{ count: string }>(t, `SELECT count(*)::text AS count FROM ${table}`);
  return Number(row.count);
}
