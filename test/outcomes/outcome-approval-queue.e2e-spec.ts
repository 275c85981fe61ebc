import { graphql } from '../generated/gql.js';
import { baseFixture, placeFixture } from '../support/fixtures.js';
import { clientWithKey, clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// What the approval queue reads: records by status, and who entered or last changed each one
// (the four-eyes rule made visible before an approver tries).
const RECORD = graphql(`
  mutation QueueRecord($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
    }
  }
`);
const UPDATE = graphql(`
  mutation QueueUpdate($input: UpdateOutcomeRecordInput!) {
    updateOutcomeRecord(input: $input) {
      id
    }
  }
`);
const SUBMIT = graphql(`
  mutation QueueSubmit($ids: [ID!]!) {
    submitOutcomes(ids: $ids) {
      id
    }
  }
`);
const QUEUE = graphql(`
  query QueueList($statuses: [OutcomeStatus!], $filter: ImpactFilter) {
    outcomeRecords(statuses: $statuses, filter: $filter, take: 100) {
      totalItems
      items {
        id
        status
        recordedBy {
          kind
          id
          name
          isCaller
        }
        changedBy {
          kind
          id
          name
          isCaller
        }
      }
    }
  }
`);

describe('the approval queue: outcome records by status, with their writers', () => {
  let t: TestApp;
  let baseId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const place = await placeFixture(t);
    baseId = await baseFixture(t, place.village);
  });

  afterAll(() => t?.close());

  it('lists only the statuses asked for, and names who entered and who last changed each record', async () => {
    const clerk = await clientWithScope(t, 'EDITOR', null);
    const checker = await clientWithScope(t, 'EDITOR', null);
    const system = await clientWithKey(t, 'EDITOR', null);
    const draft = (await clerk.ok(RECORD, { input: { baseId, period: '2024', jobsPersonTimes: 10 } })).recordOutcome.id;
    const submitted = (await clerk.ok(RECORD, { input: { baseId, period: '2025', jobsPersonTimes: 20 } })).recordOutcome.id;
    await system.ok(UPDATE, { input: { id: submitted, jobsPersonTimes: 21 } });
    await clerk.ok(SUBMIT, { ids: [submitted] });
    const filter = { baseId };

    const pending = (await checker.ok(QUEUE, { statuses: ['SUBMITTED'], filter })).outcomeRecords;
    expect(pending.items.map((record) => record.id)).toEqual([submitted]);
    expect(pending.totalItems).toBe(1);
    const [record] = pending.items;
    expect(record.recordedBy).toMatchObject({ kind: 'USER', id: clerk.userId, isCaller: false });
    expect(record.recordedBy?.name).toMatch(/^editor-/);
    expect(record.changedBy).toMatchObject({ kind: 'API_KEY', id: system.keyId, isCaller: false });
    expect(record.changedBy?.name).toMatch(/^测试系统 /);

    const asClerk = (await clerk.ok(QUEUE, { statuses: ['SUBMITTED'], filter })).outcomeRecords.items[0];
    expect(asClerk.recordedBy?.isCaller).toBe(true);
    expect(asClerk.changedBy?.isCaller).toBe(false);

    const toSubmit = (await clerk.ok(QUEUE, { statuses: ['DRAFT', 'RETURNED'], filter })).outcomeRecords;
    expect(toSubmit.items.map((item) => [item.id, item.status])).toEqual([[draft, 'DRAFT']]);
    expect(toSubmit.items[0].changedBy).toEqual(toSubmit.items[0].recordedBy);
    expect((await clerk.ok(QUEUE, { statuses: [], filter })).outcomeRecords.totalItems).toBe(0);
    expect((await clerk.ok(QUEUE, { filter })).outcomeRecords.totalItems).toBe(2);
  });

  it('still shows a viewer only approved records, whatever statuses are asked for', async () => {
    const viewer = await clientWithScope(t, 'VIEWER', null);
    const asked = await viewer.ok(QUEUE, { statuses: ['SUBMITTED', 'DRAFT'], filter: { baseId } });
    expect(asked.outcomeRecords.totalItems).toBe(0);
  });
});
