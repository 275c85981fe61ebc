import { DatabaseConnection } from '@rural/database';

import { GraphqlClient } from './graphql-client.js';
import type { TestApp } from './test-app.js';

/**
 * The statements the app sent for `query` (asked by `client`, the administrator by default), less the auth guard's token lookup. The guard's share
 * is measured, not assumed: a request with a made-up token runs the same lookup and is refused
 * before any resolver, so what it costs is exactly the guard's part. Requests are awaited one at
 * a time, so nothing else is counted.
 */
export async function statementsOf(
  t: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  client: GraphqlClient = t.admin,
): Promise<{ statements: number; data: any }> {
  const counter = t.app.get(DatabaseConnection).statementCounter;
  const before = counter.statements;
  const refused = await new GraphqlClient(t.url, 'not-a-session-token').fails(query, variables);
  if (refused.extensions?.code !== 'UNAUTHENTICATED') throw new Error(`expected UNAUTHENTICATED, got ${JSON.stringify(refused)}`);
  const guard = counter.statements - before;
  const start = counter.statements;
  const data = await client.ok(query, variables);
  return { statements: counter.statements - start - guard, data };
}
