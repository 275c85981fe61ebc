import { randomBytes } from 'node:crypto';

import pg from 'pg';

/**
 * Every test file gets its own fresh, migrated database, cut from a template made once per run:
 * a `dumpDataDir()` snapshot of the embedded database, or a `CREATE DATABASE … TEMPLATE` copy on
 * the PostgreSQL server named by DATABASE_URL.
 */
export const SNAPSHOT_ENV = 'RURAL_TEST_SNAPSHOT';
export const TEMPLATE_ENV = 'RURAL_TEST_TEMPLATE_DB';

export function serverUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

/** The URL of `database` on the same server as `base`. */
export function withDatabase(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function onServer<T>(base: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database copied from the run's template; returns its URL. */
export async function createDatabaseFromTemplate(base: string, template: string): Promise<string> {
  const name = `rural_test_${randomBytes(6).toString('hex')}`;
  await onServer(base, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return withDatabase(base, name);
}

export async function dropDatabase(base: string, url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await onServer(base, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
