import { graphql } from '../generated/gql.js';
import { sql } from './database.js';
import type { GraphqlClient } from './graphql-client.js';
import type { TestApp } from './test-app.js';

const SUBMIT = graphql(`
  mutation ApprovalSubmitOutcomes($ids: [ID!]!) {
    submitOutcomes(ids: $ids) {
      id
      status
    }
  }
`);
const APPROVE = graphql(`
  mutation ApprovalApproveOutcomes($ids: [ID!]!) {
    approveOutcomes(ids: $ids) {
      id
      status
    }
  }
`);

/** A second administrator per app: whoever entered a record may not approve it. */
const approvers = new WeakMap<TestApp, Promise<GraphqlClient>>();

export function approverOf(t: TestApp): Promise<GraphqlClient> {
  if (!approvers.has(t)) approvers.set(t, t.clientWithRole('ADMIN'));
  return approvers.get(t) as Promise<GraphqlClient>;
}

/**
 * Submits (as the administrator who entered them) and approves (as another administrator)
 * every record not yet approved, through the API: reports count approved figures only.
 */
export async function approveAllRecords(t: TestApp): Promise<void> {
  const pending = await sql<{ id: string }>(t, `SELECT id::text AS id FROM outcome_record WHERE status <> 'APPROVED' ORDER BY id`);
  const approver = await approverOf(t);
  for (let start = 0; start < pending.length; start += 100) {
    const ids = pending.slice(start, start + 100).map((row) => row.id);
    await t.admin.ok(SUBMIT, { ids });
    await approver.ok(APPROVE, { ids });
  }
}
