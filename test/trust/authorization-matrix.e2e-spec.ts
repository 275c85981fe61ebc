import { graphql } from '../generated/gql.js';
import { approveAllRecords } from '../support/approval.js';
import { countRows, sql } from '../support/database.js';
import { baseFixture, divisionFixture, memberFixture, placeFixture, teamFixture } from '../support/fixtures.js';
import type { GraphqlClient, GraphqlResponse } from '../support/graphql-client.js';
import { clientWithKey, clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Issue 4: who may do what, where. Every caller (a user of each role, or an API key of each role)
// × scope (none, town A, town B) × operation kind, against data that lies in town A. Reads outside
// the caller's division are invisible; writes outside it are refused.

type Caller = 'ADMIN' | 'EDITOR' | 'VIEWER' | 'key VIEWER' | 'key EDITOR';
type Scope = 'none' | 'town A' | 'town B';
type Read = 'data' | 'null';
type Listed = 'listed' | 'absent';
type Report = 'counted' | 'zero';
type Write = 'ok' | 'FORBIDDEN';
type Audit = 'listed' | 'absent' | 'FORBIDDEN';
type Row = [Caller, Scope, Read, Listed, Report, Write, Write, Audit];

const MATRIX: Row[] = [
  // caller        scope      read: base(id)  list: bases  report: totals  write: updateBase  approve      audit: auditLog
  ['ADMIN', 'none', 'data', 'listed', 'counted', 'ok', 'ok', 'listed'],
  ['ADMIN', 'town A', 'data', 'listed', 'counted', 'ok', 'ok', 'listed'],
  ['ADMIN', 'town B', 'null', 'absent', 'zero', 'FORBIDDEN', 'FORBIDDEN', 'absent'],
  ['EDITOR', 'none', 'data', 'listed', 'counted', 'ok', 'ok', 'listed'],
  ['EDITOR', 'town A', 'data', 'listed', 'counted', 'ok', 'ok', 'listed'],
  ['EDITOR', 'town B', 'null', 'absent', 'zero', 'FORBIDDEN', 'FORBIDDEN', 'absent'],
  ['VIEWER', 'none', 'data', 'listed', 'counted', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
  ['VIEWER', 'town A', 'data', 'listed', 'counted', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
  ['VIEWER', 'town B', 'null', 'absent', 'zero', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
  ['key EDITOR', 'none', 'data', 'listed', 'counted', 'ok', 'ok', 'listed'],
  ['key EDITOR', 'town A', 'data', 'listed', 'counted', 'ok', 'ok', 'listed'],
  ['key EDITOR', 'town B', 'null', 'absent', 'zero', 'FORBIDDEN', 'FORBIDDEN', 'absent'],
  ['key VIEWER', 'none', 'data', 'listed', 'counted', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
  ['key VIEWER', 'town A', 'data', 'listed', 'counted', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
  ['key VIEWER', 'town B', 'null', 'absent', 'zero', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
];

const OPERATIONS = ['read', 'list', 'report', 'write', 'approve', 'audit'] as const;
type Operation = (typeof OPERATIONS)[number];

/** One `it` per cell, so a failure names caller, scope and operation. */
const CELLS = MATRIX.flatMap(([caller, scope, ...outcomes]) =>
  OPERATIONS.map((operation, index) => [caller, scope, operation, outcomes[index]] as [Caller, Scope, Operation, string]),
);

const BASE = graphql(`
  query MatrixBase($id: ID!) {
    base(id: $id) {
      id
      name
    }
  }
`);
const BASES = graphql(`
  query MatrixBases {
    bases(take: 100) {
      items {
        id
      }
      totalItems
    }
  }
`);
const SUMMARY = graphql(`
  query MatrixSummary {
    impactSummary(filter: { from: "2023", to: "2023" }) {
      totals {
        householdRentYuan
        records
        bases
      }
    }
  }
`);
const UPDATE_BASE = graphql(`
  mutation MatrixUpdateBase($input: UpdateBaseInput!) {
    updateBase(input: $input) {
      id
      name
    }
  }
`);
const RECORD = graphql(`
  mutation MatrixRecord($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
    }
  }
`);
const SUBMIT = graphql(`
  mutation MatrixSubmit($ids: [ID!]!) {
    submitOutcomes(ids: $ids) {
      id
      status
    }
  }
`);
const APPROVE = graphql(`
  mutation MatrixApprove($ids: [ID!]!) {
    approveOutcomes(ids: $ids) {
      id
      status
    }
  }
`);
const VISIT = graphql(`
  mutation MatrixVisit($input: RecordServiceActivityInput!) {
    recordServiceActivity(input: $input) {
      id
    }
  }
`);
const AUDIT = graphql(`
  query MatrixAudit($filter: AuditFilter) {
    auditLog(filter: $filter, take: 100) {
      items {
        entityType
        entityId
      }
      totalItems
    }
  }
`);

describe('authorization matrix: role × scope × operation', () => {
  let t: TestApp;
  let baseA: string;
  let baseB: string;
  /** The base whose records the approve cells approve (one period each: one record per series and period). */
  let approvalBase: string;
  let approvalPeriods = 0;
  const clients = new Map<string, GraphqlClient>();

  beforeAll(async () => {
    t = await startTestApp();
    const place = await placeFixture(t);
    const townB = await divisionFixture(t, 'TOWN', place.county, '乙镇');
    const villageB = await divisionFixture(t, 'VILLAGE', townB, '乙村');
    baseA = await baseFixture(t, place.village);
    approvalBase = await baseFixture(t, place.village);
    // Town B is not empty: its callers see its own base, just not town A's.
    baseB = await baseFixture(t, villageB);
    // The one figure the report cells look for, approved (reports count approved figures).
    await t.admin.ok(RECORD, { input: { period: '2023', baseId: baseA, householdRentYuan: '500' } });
    await approveAllRecords(t);

    const divisions: Record<Scope, string | null> = { none: null, 'town A': place.town, 'town B': townB };
    for (const [caller, scope] of MATRIX) {
      const client = caller.startsWith('key ')
        ? await clientWithKey(t, caller === 'key EDITOR' ? 'EDITOR' : 'VIEWER', divisions[scope])
        : await clientWithScope(t, caller as 'ADMIN' | 'EDITOR' | 'VIEWER', divisions[scope]);
      clients.set(`${caller}|${scope}`, client);
    }
  });
  afterAll(() => t.close());

  async function baseName(): Promise<string> {
    return (await sql<{ name: string }>(t, `SELECT name FROM base WHERE id = $1`, [baseA]))[0].name;
  }

  /** A record in town A, entered and submitted by the first administrator: ready for someone else to approve. */
  async function submittedRecord(): Promise<string> {
    approvalPeriods += 1;
    const period = `${2024 + Math.floor((approvalPeriods - 1) / 12)}-${String(((approvalPeriods - 1) % 12) + 1).padStart(2, '0')}`;
    const { recordOutcome } = await t.admin.ok(RECORD, { input: { period, baseId: approvalBase, jobsPersonTimes: '10' } });
    await t.admin.ok(SUBMIT, { ids: [recordOutcome.id] });
    return recordOutcome.id;
  }

  async function expectForbidden(send: () => Promise<GraphqlResponse<unknown>>): Promise<void> {
    const result = await send();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.data ?? null).toBeNull();
  }

  const CHECKS: Record<Operation, (client: GraphqlClient, expected: string, cell: string) => Promise<void>> = {
    async read(client, expected) {
      const { base } = await client.ok(BASE, { id: baseA });
      if (expected === 'data') expect(base?.id).toBe(baseA);
      else expect(base).toBeNull();
    },

    async list(client, expected) {
      const { bases } = await client.ok(BASES);
      const ids = bases.items.map((item) => item.id);
      if (expected === 'listed') expect(ids).toContain(baseA);
      else expect(ids).not.toContain(baseA);
      // The count does not give away rows the caller may not see.
      expect(bases.totalItems).toBe(ids.length);
      expect(ids.length).toBeGreaterThan(0);
    },

    async report(client, expected) {
      const { totals } = (await client.ok(SUMMARY)).impactSummary;
      if (expected === 'counted') expect(totals).toEqual({ householdRentYuan: '500', records: 1, bases: 1 });
      else expect(totals).toEqual({ householdRentYuan: '0', records: 0, bases: 0 });
    },

    async write(client, expected, cell) {
      const before = await baseName();
      const name = `基地（${cell}）`;
      if (expected === 'ok') {
        expect((await client.ok(UPDATE_BASE, { input: { id: baseA, name } })).updateBase).toEqual({ id: baseA, name });
        expect(await baseName()).toBe(name);
      } else {
        await expectForbidden(() => client.request(UPDATE_BASE, { input: { id: baseA, name } }));
        expect(await baseName()).toBe(before);
      }
    },

    async approve(client, expected) {
      const id = await submittedRecord();
      if (expected === 'ok') expect((await client.ok(APPROVE, { ids: [id] })).approveOutcomes).toEqual([{ id, status: 'APPROVED' }]);
      else await expectForbidden(() => client.request(APPROVE, { ids: [id] }));
      const [stored] = await sql<{ status: string }>(t, `SELECT status::text AS status FROM outcome_record WHERE id = $1`, [id]);
      expect(stored.status).toBe(expected === 'ok' ? 'APPROVED' : 'SUBMITTED');
    },

    async audit(client, expected) {
      const filter = { entityType: 'Base', entityId: baseA };
      if (expected === 'FORBIDDEN') return expectForbidden(() => client.request(AUDIT, { filter }));
      const { auditLog } = await client.ok(AUDIT, { filter });
      if (expected === 'listed') {
        expect(auditLog.totalItems).toBeGreaterThan(0);
        expect(auditLog.items.every((entry) => entry.entityId === baseA)).toBe(true);
      } else {
        expect(auditLog).toEqual({ items: [], totalItems: 0 });
      }
    },
  };

  it.each(CELLS)('%s, scope %s, %s → %s', async (caller, scope, operation, expected) => {
    const client = clients.get(`${caller}|${scope}`) as GraphqlClient;
    await CHECKS[operation](client, expected, `${caller} ${scope}`);
  });

  it("lets an editor of town B record a service visit at town B's bases only", async () => {
    const leaderId = await memberFixture(t, '团长');
    const teamId = await teamFixture(t, leaderId);
    const visit = (baseId: string) => ({ input: { teamId, baseId, date: '2024-05-01', topic: '果树修剪', farmersTrained: 3 } });
    const editorB = clients.get('EDITOR|town B') as GraphqlClient;
    expect((await editorB.ok(VISIT, visit(baseB))).recordServiceActivity.id).toMatch(/^\d+$/);
    const before = await countRows(t, 'service_activity');
    await expectForbidden(() => editorB.request(VISIT, visit(baseA)));
    expect(await countRows(t, 'service_activity')).toBe(before);
  });
});
