import { resolve } from 'node:path';

import { IN_MEMORY } from '@rural/database';

import { explorerEnabled, type Environment } from './config/environment.js';

/** What a person starting the server needs to know: where it answers, on which data, where to explore. */
export function startupBanner(env: Environment, startedInMs: number): string[] {
  const origin = `http://localhost:${env.PORT}`;
  return [
    `ready in ${startedInMs} ms: ${origin}/ (API: POST ${origin}/graphql)`,
    `database: ${describeDatabase(env)}`,
    explorerEnabled(env) ? `explorer: ${origin}/explorer` : 'explorer: off (GRAPHQL_EXPLORER=true turns it on)',
  ];
}

/** The server's host, port and database (never the password), or where the embedded one keeps its files. */
export function describeDatabase(env: Pick<Environment, 'DATABASE_URL' | 'DATA_DIR'>): string {
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    const user = url.username ? `${decodeURIComponent(url.username)}@` : '';
    return `PostgreSQL server ${user}${url.host}${url.pathname}`;
  }
  if (env.DATA_DIR === IN_MEMORY) return 'embedded PostgreSQL in memory (nothing is kept after exit)';
  return `embedded PostgreSQL, data in ${resolve(env.DATA_DIR)}`;
}
