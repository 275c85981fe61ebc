import { graphql } from '../generated/gql.js';
import { countRows, sql } from '../support/database.js';
import {
  baseFixture,
  divisionFixture,
  enterpriseFixture,
  matchFixture,
  memberFixture,
  placeFixture,
  type PlaceFixture,
} from '../support/fixtures.js';
import type { GraphqlClient } from '../support/graphql-client.js';
import { clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RECORD = graphql(`
  mutation ApprovalRecord($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
      status
      statusReason
      approvedAt
    }
  }
`);
const UPDATE = graphql(`
  mutation ApprovalUpdate($input: UpdateOutcomeRecordInput!) {
    updateOutcomeRecord(input: $input) {
      id
      status
      jobsPersonTimes
    }
  }
`);
const DELETE = graphql(`
  mutation ApprovalDelete($id: ID!) {
    deleteOutcomeRecord(id: $id)
  }
`);
const SUBMIT = graphql(`
  mutation ApprovalSubmit($ids: [ID!]!) {
    submitOutcomes(ids: $ids) {
      id
      status
      statusReason
    }
  }
`);
const APPROVE = graphql(`
  mutation ApprovalApprove($ids: [ID!]!) {
    approveOutcomes(ids: $ids) {
      id
      status
      statusReason
      approvedAt
    }
  }
`);
const RETURN = graphql(`
  mutation ApprovalReturn($ids: [ID!]!, $reason: String!) {
    returnOutcomes(ids: $ids, reason: $reason) {
      id
      status
      statusReason
    }
  }
`);
const REOPEN = graphql(`
  mutation ApprovalReopen($ids: [ID!]!, $reason: String!) {
    reopenOutcomes(ids: $ids, reason: $reason) {
      id
      status
      statusReason
      approvedAt
    }
  }
`);
const ONE = graphql(`
  query ApprovalOne($id: ID!) {
    outcomeRecord(id: $id) {
      id
      status
    }
  }
`);

graphql(`
  fragment ApprovalFigures on ImpactFigures {
    records
    unapprovedRecords
    householdRentYuan
    jobsPersonTimes
    collectiveIncomeYuan
    areaMu
    householdsBenefited
    bases
    matches
  }
`);
const SUMMARY = graphql(`
  query ApprovalSummary($filter: ImpactFilter) {
    impactSummary(filter: $filter) {
      totals {
        ...ApprovalFigures
      }
    }
  }
`);
const BASE_IMPACT = graphql(`
  query ApprovalBaseImpact($id: ID!, $all: Boolean) {
    base(id: $id) {
      impact(includeUnapproved: $all) {
        ...ApprovalFigures
      }
    }
  }
`);
const MATCH_TEXT = graphql(`
  query ApprovalMatchText($id: ID!, $all: Boolean) {
    match(id: $id) {
      summaryText(includeUnapproved: $all)
    }
  }
`);

interface StoredStatus {
  status: string;
  status_reason: string | null;
  approved: boolean;
}

describe('approval of outcome figures (审核)', () => {
  let t: TestApp;
  let place: PlaceFixture;
  let otherTown: string;
  let base: string;
  let match: string;
  /** The clerk who enters the figures. */
  let recorder: GraphqlClient;
  /** A second clerk who corrects them. */
  let corrector: GraphqlClient;
  /** A third editor, neither entering nor changing anything: may approve. */
  let approver: GraphqlClient;
  let viewer: GraphqlClient;
  /** Approved in 2023: what reports count by default. */
  let approved2023: string;
  /** Entered for 2024 and taken through the whole flow. */
  let record2024: string;
  let names: { broker: string; enterprise: string; town: string; village: string; base: string };

  const status = async (id: string): Promise<StoredStatus> =>
    (
      await sql<StoredStatus>(
        t,
        `SELECT status::text AS status, status_reason, approved_at IS NOT NULL AS approved FROM outcome_record WHERE id = $1`,
        [id],
      )
    )[0];
  const storedRow = async (id: string) =>
    (await sql<{ row: unknown }>(t, `SELECT to_jsonb(r) AS row FROM outcome_record r WHERE id = $1`, [id]))[0]?.row;
  const totals = async (client: GraphqlClient, includeUnapproved?: boolean) =>
    (await client.ok(SUMMARY, { filter: { baseId: base, ...(includeUnapproved === undefined ? {} : { includeUnapproved }) } }))
      .impactSummary.totals;

  beforeAll(async () => {
    t = await startTestApp();
    place = await placeFixture(t);
    otherTown = await divisionFixture(t, 'TOWN', place.county, '邻镇');
    const enterprise = await enterpriseFixture(t, '葡萄公司');
    const broker = await memberFixture(t, '牵线委员');
    base = await baseFixture(t, place.village);
    match = await matchFixture(t, { enterpriseId: enterprise, villageId: place.village, baseId: base, brokerIds: [broker] });
    const [row] = await sql<typeof names>(
      t,
      `SELECT (SELECT name FROM member WHERE id = $1) AS broker, (SELECT name FROM enterprise WHERE id = $2) AS enterprise,
              (SELECT name FROM division WHERE id = $3) AS town, (SELECT name FROM division WHERE id = $4) AS village,
              (SELECT name FROM base WHERE id = $5) AS base`,
      [broker, enterprise, place.town, place.village, base],
    );
    names = row;
    recorder = await t.clientWithRole('EDITOR');
    corrector = await t.clientWithRole('EDITOR');
    approver = await t.clientWithRole('EDITOR');
    viewer = await t.clientWithRole('VIEWER');

    const { recordOutcome } = await recorder.ok(RECORD, {
      input: { period: '2023', baseId: base, matchId: match, householdRentYuan: '150000', jobsPersonTimes: '5000', areaMu: '40' },
    });
    approved2023 = recordOutcome.id;
    await recorder.ok(SUBMIT, { ids: [approved2023] });
    await approver.ok(APPROVE, { ids: [approved2023] });
  });
  afterAll(() => t.close());

  it('enters a record as a DRAFT with no reason and no approval time', async () => {
    const { recordOutcome } = await recorder.ok(RECORD, {
      input: {
        period: '2024',
        baseId: base,
        matchId: match,
        householdRentYuan: '200000',
        jobsPersonTimes: '8200',
        collectiveIncomeYuan: '100000',
        areaMu: '50',
        householdsBenefited: '30',
      },
    });
    record2024 = recordOutcome.id;
    expect(recordOutcome).toEqual({ id: record2024, status: 'DRAFT', statusReason: null, approvedAt: null });
    expect(await status(record2024)).toEqual({ status: 'DRAFT', status_reason: null, approved: false });
  });

  it('leaves the draft out of every report by default and counts it as pending', async () => {
    // Only 2023 counts: rent 150000, jobs 5000, area 40 (the series' only approved stock).
    const approvedOnly = {
      records: 1,
      unapprovedRecords: 1,
      householdRentYuan: '150000',
      jobsPersonTimes: '5000',
      collectiveIncomeYuan: '0',
      areaMu: '40',
      householdsBenefited: '0',
      bases: 1,
      matches: 1,
    };
    for (const client of [t.admin, approver, viewer]) {
      expect(await totals(client)).toEqual(approvedOnly);
      expect(await totals(client, false)).toEqual(approvedOnly);
      expect((await client.ok(BASE_IMPACT, { id: base })).base?.impact).toEqual(approvedOnly);
    }
    const sentence = `${names.broker}委员牵线，${names.enterprise}在${names.town}${names.village}建立${names.base}，2023年使农户获得农田租金共15万元，提供务工岗位5000人次。`;
    expect((await viewer.ok(MATCH_TEXT, { id: match })).match?.summaryText).toBe(sentence);
    expect((await approver.ok(MATCH_TEXT, { id: match, all: false })).match?.summaryText).toBe(sentence);
  });

  it('counts the draft for an editor or an administrator who asks for includeUnapproved', async () => {
    // Flows add over 2023 and 2024; the stocks take the series' latest value, 2024's.
    const withDraft = {
      records: 2,
      unapprovedRecords: 1,
      householdRentYuan: '350000',
      jobsPersonTimes: '13200',
      collectiveIncomeYuan: '100000',
      areaMu: '50',
      householdsBenefited: '30',
      bases: 1,
      matches: 1,
    };
    for (const client of [t.admin, approver]) {
      expect(await totals(client, true)).toEqual(withDraft);
      expect((await client.ok(BASE_IMPACT, { id: base, all: true })).base?.impact).toEqual(withDraft);
      expect((await client.ok(MATCH_TEXT, { id: match, all: true })).match?.summaryText).toBe(
        `${names.broker}委员牵线，${names.enterprise}在${names.town}${names.village}建立${names.base}，2024年使农户获得农田租金共20万元，提供务工岗位8200人次，为村级集体经济增收10万元。`,
      );
    }
  });

  it.each([
    ['impactSummary', () => viewer.fails(SUMMARY, { filter: { baseId: base, includeUnapproved: true } })],
    ['Base.impact', () => viewer.fails(BASE_IMPACT, { id: base, all: true })],
    ['Match.summaryText', () => viewer.fails(MATCH_TEXT, { id: match, all: true })],
  ])('refuses includeUnapproved to a viewer on %s (FORBIDDEN)', async (_surface, ask) => {
    const error = await ask();
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('hides the draft from a viewer reading it directly', async () => {
    expect((await viewer.ok(ONE, { id: record2024 })).outcomeRecord).toBeNull();
    expect((await recorder.ok(ONE, { id: record2024 })).outcomeRecord).toEqual({ id: record2024, status: 'DRAFT' });
  });

  it('refuses a viewer submitting (FORBIDDEN)', async () => {
    expect((await viewer.fails(SUBMIT, { ids: [record2024] })).extensions?.code).toBe('FORBIDDEN');
    expect((await status(record2024)).status).toBe('DRAFT');
  });

  it('submits a draft: SUBMITTED, still left out of reports', async () => {
    const { submitOutcomes } = await recorder.ok(SUBMIT, { ids: [record2024] });
    expect(submitOutcomes).toEqual([{ id: record2024, status: 'SUBMITTED', statusReason: null }]);
    expect(await status(record2024)).toEqual({ status: 'SUBMITTED', status_reason: null, approved: false });
    expect(await totals(approver)).toMatchObject({ records: 1, unapprovedRecords: 1, householdRentYuan: '150000' });
  });

  it('refuses approval by whoever entered the record (FORBIDDEN)', async () => {
    const error = await recorder.fails(APPROVE, { ids: [record2024] });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(error.message).toContain('须由他人审核');
    expect((await status(record2024)).status).toBe('SUBMITTED');
  });

  it('refuses approval by an editor who last changed the record, and still by the one who entered it', async () => {
    const { updateOutcomeRecord } = await corrector.ok(UPDATE, { input: { id: record2024, jobsPersonTimes: '8300' } });
    expect(updateOutcomeRecord).toEqual({ id: record2024, status: 'SUBMITTED', jobsPersonTimes: '8300' });
    for (const client of [corrector, recorder]) {
      expect((await client.fails(APPROVE, { ids: [record2024] })).extensions?.code).toBe('FORBIDDEN');
    }
    expect((await status(record2024)).status).toBe('SUBMITTED');
  });

  it('refuses approval by an editor limited to another town (FORBIDDEN)', async () => {
    const outsider = await clientWithScope(t, 'EDITOR', otherTown);
    expect((await outsider.fails(APPROVE, { ids: [record2024] })).extensions?.code).toBe('FORBIDDEN');
    expect((await status(record2024)).status).toBe('SUBMITTED');
  });

  it('lets another editor approve: APPROVED, with its time, and counted by default', async () => {
    const { approveOutcomes } = await approver.ok(APPROVE, { ids: [record2024] });
    expect(approveOutcomes).toEqual([{ id: record2024, status: 'APPROVED', statusReason: null, approvedAt: expect.any(String) }]);
    expect(await status(record2024)).toEqual({ status: 'APPROVED', status_reason: null, approved: true });
    // 2023 + 2024 as corrected: jobs 5000 + 8300.
    const both = {
      records: 2,
      unapprovedRecords: 0,
      householdRentYuan: '350000',
      jobsPersonTimes: '13300',
      collectiveIncomeYuan: '100000',
      areaMu: '50',
      householdsBenefited: '30',
      bases: 1,
      matches: 1,
    };
    expect(await totals(viewer)).toEqual(both);
    expect((await viewer.ok(BASE_IMPACT, { id: base })).base?.impact).toEqual(both);
    expect((await viewer.ok(MATCH_TEXT, { id: match })).match?.summaryText).toContain(
      '2024年使农户获得农田租金共20万元，提供务工岗位8300人次',
    );
  });

  it.each([
    ['updated', () => recorder.fails(UPDATE, { input: { id: record2024, jobsPersonTimes: '9999' } })],
    ['updated by an administrator', () => t.admin.fails(UPDATE, { input: { id: record2024, householdRentYuan: '1' } })],
    ['deleted', () => recorder.fails(DELETE, { id: record2024 })],
  ])('refuses an approved record being %s (CONFLICT) and changes nothing', async (_what, attempt) => {
    const before = await storedRow(record2024);
    const entries = await countRows(t, 'audit_entry');
    const error = await attempt();
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.message).toContain('已审核');
    expect(await storedRow(record2024)).toEqual(before);
    expect(await countRows(t, 'audit_entry')).toBe(entries);
  });

  it.each([
    ['UPDATE', `UPDATE outcome_record SET jobs_person_times = 1 WHERE id = $1`],
    ['DELETE', `DELETE FROM outcome_record WHERE id = $1`],
  ])('keeps an approved record locked in the database too (%s in SQL is refused)', async (_statement, statement) => {
    const before = await storedRow(record2024);
    await expect(sql(t, statement, [record2024])).rejects.toThrow(/approved record is locked/);
    expect(await storedRow(record2024)).toEqual(before);
  });

  it('refuses approving what is not submitted (CONFLICT)', async () => {
    expect((await approver.fails(APPROVE, { ids: [record2024] })).extensions?.code).toBe('CONFLICT');
  });

  describe('returning for correction', () => {
    let returned: string;

    beforeAll(async () => {
      const { recordOutcome } = await recorder.ok(RECORD, {
        input: { period: '2025', baseId: base, matchId: match, jobsPersonTimes: '100' },
      });
      returned = recordOutcome.id;
      await recorder.ok(SUBMIT, { ids: [returned] });
    });

    it('returns a submitted record with its reason: RETURNED, not counted', async () => {
      const { returnOutcomes } = await approver.ok(RETURN, { ids: [returned], reason: '  务工人次与台账不符  ' });
      expect(returnOutcomes).toEqual([{ id: returned, status: 'RETURNED', statusReason: '务工人次与台账不符' }]);
      expect(await status(returned)).toEqual({ status: 'RETURNED', status_reason: '务工人次与台账不符', approved: false });
      expect(await totals(approver)).toMatchObject({ records: 2, unapprovedRecords: 1, jobsPersonTimes: '13300' });
    });

    it('keeps a returned record editable, and it can be submitted again', async () => {
      const { updateOutcomeRecord } = await recorder.ok(UPDATE, { input: { id: returned, jobsPersonTimes: '120' } });
      expect(updateOutcomeRecord).toEqual({ id: returned, status: 'RETURNED', jobsPersonTimes: '120' });
      const { submitOutcomes } = await recorder.ok(SUBMIT, { ids: [returned] });
      expect(submitOutcomes).toEqual([{ id: returned, status: 'SUBMITTED', statusReason: null }]);
      expect(await status(returned)).toEqual({ status: 'SUBMITTED', status_reason: null, approved: false });
    });

    it.each([
      ['returnOutcomes', () => returned, (ids: string[]) => t.admin.fails(RETURN, { ids, reason: '   ' })],
      ['reopenOutcomes', () => record2024, (ids: string[]) => t.admin.fails(REOPEN, { ids, reason: '   ' })],
    ])('refuses %s with a blank reason (BAD_USER_INPUT on reason)', async (_operation, targetOf, send) => {
      const target = targetOf();
      const before = await storedRow(target);
      const error = await send([target]);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields?.map((problem) => problem.field)).toContain('reason');
      expect(await storedRow(target)).toEqual(before);
    });

    it('refuses an empty list of records (BAD_USER_INPUT on ids)', async () => {
      const error = await approver.fails(APPROVE, { ids: [] });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields?.map((problem) => problem.field)).toContain('ids');
    });

    it('approves all of a batch or none: a draft among them (CONFLICT) leaves the submitted one SUBMITTED', async () => {
      const { recordOutcome } = await recorder.ok(RECORD, { input: { period: '2025Q1', baseId: base, jobsPersonTimes: '7' } });
      const draft = recordOutcome.id;
      const entries = await countRows(t, 'audit_entry');
      const error = await approver.fails(APPROVE, { ids: [returned, draft] });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.message).toContain(draft);
      expect((await status(returned)).status).toBe('SUBMITTED');
      expect((await status(draft)).status).toBe('DRAFT');
      expect(await countRows(t, 'audit_entry')).toBe(entries);
    });

    it('refuses a batch naming a record that does not exist (NOT_FOUND), changing none', async () => {
      const error = await approver.fails(APPROVE, { ids: [returned, '987654321'] });
      expect(error.extensions?.code).toBe('NOT_FOUND');
      expect(error.message).toContain('987654321');
      expect((await status(returned)).status).toBe('SUBMITTED');
    });

    it("lets an editor limited to the record's own town approve", async () => {
      const townClerk = await clientWithScope(t, 'EDITOR', place.town);
      const { approveOutcomes } = await townClerk.ok(APPROVE, { ids: [returned] });
      expect(approveOutcomes).toEqual([{ id: returned, status: 'APPROVED', statusReason: null, approvedAt: expect.any(String) }]);
      expect(await totals(viewer)).toMatchObject({ records: 3, unapprovedRecords: 1, jobsPersonTimes: '13420' });
    });
  });

  describe('reopening (administrators)', () => {
    it('refuses an editor reopening (FORBIDDEN)', async () => {
      const error = await approver.fails(REOPEN, { ids: [record2024], reason: '数字需更正' });
      expect(error.extensions?.code).toBe('FORBIDDEN');
      expect(await status(record2024)).toEqual({ status: 'APPROVED', status_reason: null, approved: true });
    });

    it('lets an administrator reopen: DRAFT with the reason, out of the reports, editable again', async () => {
      const { reopenOutcomes } = await t.admin.ok(REOPEN, { ids: [record2024], reason: '审计发现租金口径有误' });
      expect(reopenOutcomes).toEqual([{ id: record2024, status: 'DRAFT', statusReason: '审计发现租金口径有误', approvedAt: null }]);
      expect(await status(record2024)).toEqual({ status: 'DRAFT', status_reason: '审计发现租金口径有误', approved: false });
      // Back to 2023 and the 2025 record: 2024's figures are pending again.
      expect(await totals(viewer)).toMatchObject({
        records: 2,
        unapprovedRecords: 2,
        householdRentYuan: '150000',
        jobsPersonTimes: '5120',
      });

      const { updateOutcomeRecord } = await recorder.ok(UPDATE, { input: { id: record2024, jobsPersonTimes: '8250' } });
      expect(updateOutcomeRecord).toEqual({ id: record2024, status: 'DRAFT', jobsPersonTimes: '8250' });
    });

    it('refuses reopening what is not approved (CONFLICT)', async () => {
      expect((await t.admin.fails(REOPEN, { ids: [record2024], reason: '再次打开' })).extensions?.code).toBe('CONFLICT');
    });
  });
});
