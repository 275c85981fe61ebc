import { graphql } from '../generated/gql.js';
import type { ImpactFilter, ImpactGrouping } from '../generated/graphql.js';
import { approveAllRecords } from '../support/approval.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { buildImpactWorld, SUMMARY, type ImpactWorld } from './impact-world.js';

const OBJECT_IMPACTS = graphql(`
  query ImpactRulesObjectImpacts($x1: ID!, $t1: ID!, $m2: ID!) {
    match(id: $x1) {
      impact {
        ...ImpactWorldFigures
      }
      summaryText
    }
    division(id: $t1) {
      impact {
        ...ImpactWorldFigures
      }
    }
    member(id: $m2) {
      impact(from: "2025", to: "2025") {
        outputValueYuan
        householdRentYuan
        areaMu
      }
    }
  }
`);
const REVERSED_RANGE = graphql(`
  query ImpactRulesReversedRange($x1: ID!) {
    match(id: $x1) {
      impact(from: "2025", to: "2024") {
        records
      }
    }
  }
`);
const MATCH_RECORDS = graphql(`
  query ImpactRulesMatchRecords($x1: ID!) {
    match(id: $x1) {
      impact {
        records
      }
    }
  }
`);
const RECORD = graphql(`
  mutation ImpactRulesRecord($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
    }
  }
`);
const INCOME = graphql(`
  query ImpactRulesIncome($filter: ImpactFilter) {
    impactSummary(filter: $filter) {
      totals {
        collectiveIncomeYuan
        unapprovedRecords
      }
    }
  }
`);

describe('impact reports follow the rules of docs/domain.md', () => {
  let t: TestApp;
  let w: ImpactWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildImpactWorld(t);
  });
  afterAll(() => t.close());

  const summary = async (filter: ImpactFilter, groupBy?: ImpactGrouping) =>
    (await t.admin.ok(SUMMARY, { filter: { divisionId: w.county, ...filter }, groupBy })).impactSummary;

  it("adds flows, takes each series' latest stock once, and counts reach", async () => {
    const report = await summary({});
    expect(report.totals).toEqual({
      outputValueYuan: '8000',
      jobsPersonTimes: '35',
      householdRentYuan: '300',
      collectiveIncomeYuan: '70',
      areaMu: '505',
      householdsBenefited: '5',
      towns: 2,
      villages: 3,
      bases: 3,
      matches: 3,
      enterprises: 2,
      serviceActivities: 2,
      farmersTrained: 15,
      records: 7,
    });
    expect(report).toMatchObject({ groups: [], groupsOverlap: false, excludedRecords: 0 });
  });

  it('counts a year range: records inside it, visits dated in it, matches signed in it', async () => {
    const { totals, excludedRecords } = await summary({ from: '2025', to: '2025' });
    expect(totals).toMatchObject({
      outputValueYuan: '8000',
      jobsPersonTimes: '20',
      householdRentYuan: '200',
      collectiveIncomeYuan: '70',
      areaMu: '495',
      householdsBenefited: '0',
      serviceActivities: 1,
      farmersTrained: 12,
      towns: 2,
      villages: 3,
      bases: 3,
      matches: 2,
      enterprises: 2,
      records: 5,
    });
    expect(excludedRecords).toBe(0);
  });

  it('leaves out whole-year records from a quarter range and says how many', async () => {
    const report = await summary({ from: '2025Q1', to: '2025Q2' });
    expect(report.totals).toMatchObject({ outputValueYuan: '3000', areaMu: '35', records: 2 });
    expect(report.excludedRecords).toBe(2);
  });

  it('partitions by town, with county-level records in the "not broken down" group', async () => {
    const report = await summary({}, 'TOWN');
    const byKey = Object.fromEntries(report.groups.map((group) => [group.key, group]));
    expect(byKey[w.t1].figures).toMatchObject({ jobsPersonTimes: '35', householdRentYuan: '300', areaMu: '70', records: 3 });
    expect(byKey[w.t2].figures).toMatchObject({ outputValueYuan: '3000', collectiveIncomeYuan: '70', areaMu: '35', records: 3 });
    expect(byKey.null).toMatchObject({ label: '未分解到乡镇', figures: { outputValueYuan: '5000', areaMu: '400', records: 1 } });
    expect(report.groups.at(-1)?.key).toBeNull();
  });

  it('groups by quarter with whole-year records in their own group, stocks not added across periods', async () => {
    const report = await summary({ from: '2025', to: '2025' }, 'QUARTER');
    const byKey = Object.fromEntries(report.groups.map((group) => [group.key, group]));
    expect(Object.keys(byKey).sort()).toEqual(['2025', '2025Q1', '2025Q2', '2025Q3']);
    expect(byKey['2025']).toMatchObject({
      label: '2025年（全年）',
      figures: { householdRentYuan: '200', outputValueYuan: '5000', areaMu: '460' },
    });
    expect(byKey['2025Q2'].figures).toMatchObject({ outputValueYuan: '2000', areaMu: '35', serviceActivities: 1 });
    expect(byKey['2025Q3'].figures).toMatchObject({ collectiveIncomeYuan: '70' });
    expect(report.totals.areaMu).toBe('495');
  });

  it('credits members without counting a record twice in the totals', async () => {
    const report = await summary({}, 'MEMBER');
    expect(report.groupsOverlap).toBe(true);
    const byKey = Object.fromEntries(report.groups.map((group) => [group.key, group.figures]));
    expect(byKey[w.m1]).toMatchObject({ householdRentYuan: '300', jobsPersonTimes: '30', areaMu: '60' });
    expect(byKey[w.m2]).toMatchObject({ householdRentYuan: '300', outputValueYuan: '3000', areaMu: '95' });
    expect(byKey[w.m3]).toMatchObject({ outputValueYuan: '5000', jobsPersonTimes: '5', areaMu: '410', serviceActivities: 2 });
    expect(byKey.null).toMatchObject({ collectiveIncomeYuan: '70' });
    expect(report.totals).toMatchObject({ outputValueYuan: '8000', householdRentYuan: '300', areaMu: '505' });
  });

  it('answers impact on objects, batched, consistent with the summary', async () => {
    const data = await t.admin.ok(OBJECT_IMPACTS, { x1: w.x1, t1: w.t1, m2: w.m2 });
    expect(data.match?.impact).toMatchObject({
      householdRentYuan: '300',
      jobsPersonTimes: '30',
      areaMu: '60',
      records: 2,
      matches: 1,
      enterprises: 1,
      towns: 1,
      villages: 1,
      bases: 1,
    });
    expect(data.division?.impact).toMatchObject({
      jobsPersonTimes: '35',
      serviceActivities: 1,
      farmersTrained: 12,
      matches: 2,
      records: 3,
    });
    expect(data.member?.impact).toEqual({ outputValueYuan: '3000', householdRentYuan: '200', areaMu: '95' });
    expect(data.match?.summaryText).toMatch(/2025年使农户获得农田租金共200元，提供务工岗位20人次。$/);
  });

  it('checks the range of an impact field when one is given (and skips the work when none is)', async () => {
    const reversed = await t.admin.fails(REVERSED_RANGE, { x1: w.x1 });
    expect(reversed.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.admin.ok(MATCH_RECORDS, { x1: w.x1 })).match?.impact.records).toBe(2);
  });

  it('reflects a write the moment it commits: at once for editors, in the default report once approved', async () => {
    const before = (await summary({})).totals.collectiveIncomeYuan;
    const { recordOutcome } = await t.admin.ok(RECORD, {
      input: { divisionId: w.t2, period: '2025-08', collectiveIncomeYuan: '30.5' },
    });
    const income = async (filter: ImpactFilter) =>
      (await t.admin.ok(INCOME, { filter: { divisionId: w.county, ...filter } })).impactSummary.totals;
    expect(before).toBe('70');
    expect(await income({ includeUnapproved: true })).toEqual({ collectiveIncomeYuan: '100.5', unapprovedRecords: 1 });
    expect(await income({})).toEqual({ collectiveIncomeYuan: '70', unapprovedRecords: 1 });

    await approveAllRecords(t);
    expect(await income({})).toEqual({ collectiveIncomeYuan: '100.5', unapprovedRecords: 0 });
    expect(recordOutcome.id).toMatch(/^\d+$/);
  });
});
