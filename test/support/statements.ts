import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

import { DatabaseConnection } from '@rural/database';

import { GraphqlClient, type VariablesOf } from './graphql-client.js';
import type { TestApp } from './test-app.js';

/**
 * The statements the app sent for `query` (asked by `client`, the administrator by default), less the auth guard's token lookup. The guard's share
 * is measured, not assumed: a request with a made-up token runs the same lookup and is refused
 * before any resolver, so what it costs is exactly the guard's part. Requests are awaited one at
 * a time, so nothing else is counted.
 */
export function statementsOf<TData, TVariables>(
  t: TestApp,
  document: TypedDocumentNode<TData, TVariables>,
  ...variables: VariablesOf<TVariables>
): Promise<{ statements: number; data: TData }>;
export function statementsOf(
  t: TestApp,
  query: string,
  variables?: Record<string, unknown>,
  client?: GraphqlClient,
): Promise<{ statements: number; data: any }>;
export async function statementsOf(
  t: TestApp,
  operation: TypedDocumentNode<unknown, unknown> | string,
  variables: unknown = {},
  client: GraphqlClient = t.admin,
): Promise<{ statements: number; data: unknown }> {
  const query = typeof operation === 'string' ? operation : print(operation);
  const given = variables as Record<string, unknown>;
  const counter = t.app.get(DatabaseConnection).statementCounter;
  const before = counter.statements;
  const refused = await new GraphqlClient(t.url, 'not-a-session-token').fails(query, given);
  if (refused.extensions?.code !== 'UNAUTHENTICATED') throw new Error(`expected UNAUTHENTICATED, got ${JSON.stringify(refused)}`);
  const guard = counter.statements - before;
  const start = counter.statements;
  const data = await client.ok(query, given);
  return { statements: counter.statements - start - guard, data };
}
