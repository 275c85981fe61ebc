import { graphql } from '../generated/gql.js';
import { GraphqlClient } from './graphql-client.js';
import type { TestApp } from './test-app.js';

export type UserRole = 'ADMIN' | 'EDITOR' | 'VIEWER';
export type KeyRole = 'EDITOR' | 'VIEWER';

const CREATE_USER = graphql(`
  mutation ScopedCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);
const CREATE_API_KEY = graphql(`
  mutation ScopedCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        id
      }
    }
  }
`);

/** The password every helper-made account gets: strong enough for the password rules. */
export const SCOPED_PASSWORD = 'Tiller-2718';

let count = 0;

/** A username no other test of the run uses (the login lockout is per username). */
export function freshUsername(prefix = 'user'): string {
  count += 1;
  return `${prefix}-${count}-${Date.now().toString(36)}`;
}

/** A user of `role` limited to `divisionId` (null: the whole database), created by the administrator and signed in. */
export async function clientWithScope(t: TestApp, role: UserRole, divisionId: string | null): Promise<GraphqlClient & { userId: string }> {
  const username = freshUsername(role.toLowerCase());
  const data = await t.admin.ok(CREATE_USER, {
    input: { username, password: SCOPED_PASSWORD, role, divisionId },
  });
  const client = await t.anonymous.signIn(username, SCOPED_PASSWORD);
  return Object.assign(client, { userId: data.createUser.id });
}

/** An API key of `role` limited to `divisionId` (null: the whole database), created by the administrator, as a client. */
export async function clientWithKey(t: TestApp, role: KeyRole, divisionId: string | null): Promise<GraphqlClient & { keyId: string }> {
  const data = await t.admin.ok(CREATE_API_KEY, {
    input: { name: `测试系统 ${freshUsername(role.toLowerCase())}`, role, divisionId },
  });
  return Object.assign(new GraphqlClient(t.url, data.createApiKey.key), { keyId: data.createApiKey.apiKey.id });
}
