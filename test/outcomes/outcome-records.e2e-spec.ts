import { graphql } from '../generated/gql.js';
import type { RecordOutcomeInput, UpdateOutcomeRecordInput } from '../generated/graphql.js';
import { approveAllRecords } from '../support/approval.js';
import { countRows, sql } from '../support/database.js';
import {
  baseFixture,
  divisionFixture,
  enterpriseFixture,
  matchFixture,
  memberFixture,
  placeFixture,
  teamFixture,
  type PlaceFixture,
} from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

graphql(`
  fragment OutcomeRecordsFields on OutcomeRecord {
    id
    period
    periodStart
    periodEnd
    baseId
    divisionId
    matchId
    teamId
    areaMu
    outputValueYuan
    jobsPersonTimes
    householdRentYuan
    collectiveIncomeYuan
    householdsBenefited
    atLeast
    source
  }
`);
const RECORD = graphql(`
  mutation OutcomeRecordsRecord($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      ...OutcomeRecordsFields
    }
  }
`);
const UPDATE = graphql(`
  mutation OutcomeRecordsUpdate($input: UpdateOutcomeRecordInput!) {
    updateOutcomeRecord(input: $input) {
      ...OutcomeRecordsFields
    }
  }
`);
const DELETE = graphql(`
  mutation OutcomeRecordsDelete($id: ID!) {
    deleteOutcomeRecord(id: $id)
  }
`);
const ONE = graphql(`
  query OutcomeRecordsOne($id: ID!) {
    outcomeRecord(id: $id) {
      ...OutcomeRecordsFields
      base {
        id
        name
      }
      division {
        id
        name
      }
      match {
        id
        baseId
      }
      team {
        id
        name
      }
    }
  }
`);
const COUNT = graphql(`
  query OutcomeRecordsCount {
    outcomeRecords {
      totalItems
    }
  }
`);

describe('outcome records (成效记录)', () => {
  let t: TestApp;
  let place: PlaceFixture;
  /** A village of another town of the same county. */
  let otherVillage: string;
  let base: string;
  /** Another base in the same village as `base`. */
  let neighbourBase: string;
  let farBase: string;
  let baseMatch: string;
  /** A match of `base`'s village that names no base. */
  let villageMatch: string;
  let neighbourMatch: string;
  let farMatch: string;
  let team: string;

  const gongGengShe = (): RecordOutcomeInput => ({
    period: '2024',
    baseId: base,
    matchId: baseMatch,
    householdRentYuan: '200000',
    jobsPersonTimes: 8200,
    collectiveIncomeYuan: '100000.00',
    atLeast: true,
    source: '  龙超云，《突出“四个聚焦” 推动县级政协工作提质增效》，广西政协报，2025-09-18  ',
  });

  beforeAll(async () => {
    t = await startTestApp();
    place = await placeFixture(t);
    const otherTown = await divisionFixture(t, 'TOWN', place.county, '另一镇');
    otherVillage = await divisionFixture(t, 'VILLAGE', otherTown, '另一村');
    const enterprise = await enterpriseFixture(t);
    const member = await memberFixture(t);
    base = await baseFixture(t, place.village);
    neighbourBase = await baseFixture(t, place.village);
    farBase = await baseFixture(t, otherVillage);
    baseMatch = await matchFixture(t, { enterpriseId: enterprise, villageId: place.village, baseId: base, brokerIds: [member] });
    villageMatch = await matchFixture(t, { enterpriseId: enterprise, villageId: place.village });
    neighbourMatch = await matchFixture(t, { enterpriseId: enterprise, villageId: place.village, baseId: neighbourBase });
    farMatch = await matchFixture(t, { enterpriseId: enterprise, villageId: otherVillage, baseId: farBase });
    team = await teamFixture(t, member);
  });
  afterAll(() => t.close());

  it("records a base's yearly figures exactly as given, with the period's days and the relations", async () => {
    const { recordOutcome } = await t.admin.ok(RECORD, { input: gongGengShe() });
    expect(recordOutcome).toMatchObject({
      period: '2024',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      baseId: base,
      divisionId: null,
      matchId: baseMatch,
      teamId: null,
      householdRentYuan: '200000',
      jobsPersonTimes: '8200',
      collectiveIncomeYuan: '100000',
      areaMu: null,
      atLeast: true,
      source: '龙超云，《突出“四个聚焦” 推动县级政协工作提质增效》，广西政协报，2025-09-18',
    });
    const [stored] = await sql(
      t,
      `SELECT household_rent_yuan::text AS rent, jobs_person_times::text AS jobs FROM outcome_record WHERE id = $1`,
      [recordOutcome.id],
    );
    expect(stored).toEqual({ rent: '200000.00', jobs: '8200' });

    const { outcomeRecord } = await t.admin.ok(ONE, { id: recordOutcome.id });
    expect(outcomeRecord?.base).toEqual({ id: base, name: expect.any(String) });
    expect(outcomeRecord?.match).toEqual({ id: baseMatch, baseId: base });
    expect(outcomeRecord?.division).toBeNull();
    expect(outcomeRecord?.team).toBeNull();
  });

  it("records a division's totals with a team, keeping decimals exact and atLeast false by default", async () => {
    const { recordOutcome } = await t.admin.ok(RECORD, {
      input: { period: '2024Q3', divisionId: place.county, teamId: team, areaMu: '11897.50', outputValueYuan: 24259000.01 },
    });
    expect(recordOutcome).toMatchObject({
      periodStart: '2024-07-01',
      periodEnd: '2024-09-30',
      areaMu: '11897.5',
      outputValueYuan: '24259000.01',
      atLeast: false,
      source: null,
    });
    const { outcomeRecord } = await t.admin.ok(ONE, { id: recordOutcome.id });
    expect(outcomeRecord?.division).toEqual({ id: place.county, name: expect.any(String) });
    expect(outcomeRecord?.team).toEqual({ id: team, name: expect.any(String) });
    expect(outcomeRecord?.base).toBeNull();
  });

  it.each([
    ['a month of a leap year', '2024-02', '2024-02-01', '2024-02-29'],
    ['the last quarter', '2023Q4', '2023-10-01', '2023-12-31'],
  ])('derives the days of %s', async (_label, period, periodStart, periodEnd) => {
    const { recordOutcome } = await t.admin.ok(RECORD, { input: { period, baseId: neighbourBase, householdsBenefited: '12' } });
    expect(recordOutcome).toMatchObject({ period, periodStart, periodEnd });
    const [row] = await sql(t, `SELECT period_start::text AS start, period_end::text AS "end" FROM outcome_record WHERE id = $1`, [
      recordOutcome.id,
    ]);
    expect(row).toEqual({ start: periodStart, end: periodEnd });
  });

  it("takes a match of the base's village that names no base, and a match inside a division", async () => {
    await t.admin.ok(RECORD, { input: { period: '2025', baseId: base, matchId: villageMatch, jobsPersonTimes: '30' } });
    await t.admin.ok(RECORD, { input: { period: '2025', divisionId: place.town, matchId: villageMatch, jobsPersonTimes: '30' } });
  });

  it('keeps series apart: same period with another team, or the same series in another period', async () => {
    await t.admin.ok(RECORD, { input: { ...gongGengShe(), teamId: team } });
    await t.admin.ok(RECORD, { input: { ...gongGengShe(), period: '2023' } });
  });

  it.each<[string, () => RecordOutcomeInput, string, string, RegExp]>([
    [
      'a negative figure',
      () => ({ ...gongGengShe(), period: '2020', householdRentYuan: '-1' }),
      'BAD_USER_INPUT',
      'householdRentYuan',
      /农户租金收入不能为负数/,
    ],
    [
      'an area with 3 decimals',
      () => ({ period: '2020', baseId: base, areaMu: '1.234' }),
      'BAD_USER_INPUT',
      'areaMu',
      /面积最多保留 2 位小数/,
    ],
    [
      'money with 3 decimals',
      () => ({ period: '2020', baseId: base, outputValueYuan: 0.125 }),
      'BAD_USER_INPUT',
      'outputValueYuan',
      /产值最多保留 2 位小数/,
    ],
    [
      'fractional person-times',
      () => ({ period: '2020', baseId: base, jobsPersonTimes: '8200.5' }),
      'BAD_USER_INPUT',
      'jobsPersonTimes',
      /务工岗位人次须为整数/,
    ],
    [
      'fractional households',
      () => ({ period: '2020', baseId: base, householdsBenefited: 2.5 }),
      'BAD_USER_INPUT',
      'householdsBenefited',
      /带动农户数须为整数/,
    ],
    [
      'a figure too large for its column',
      () => ({ period: '2020', baseId: base, areaMu: '1234567890123' }),
      'BAD_USER_INPUT',
      'areaMu',
      /数值过大/,
    ],
    ['a figure with a unit', () => ({ period: '2020', baseId: base, areaMu: '12亩' }), 'BAD_USER_INPUT', 'areaMu', /须为数字/],
    [
      'both a base and a division',
      () => ({ period: '2020', baseId: base, divisionId: place.village, areaMu: '1' }),
      'BAD_USER_INPUT',
      'divisionId',
      /只能指定一个/,
    ],
    ['neither a base nor a division', () => ({ period: '2020', areaMu: '1' }), 'BAD_USER_INPUT', 'baseId', /须指定成效记录的范围/],
    ['no figure at all', () => ({ period: '2020', baseId: base, atLeast: true }), 'BAD_USER_INPUT', 'areaMu', /至少要填写一项数字/],
    [
      'a match of another base in the village',
      () => ({ period: '2020', baseId: base, matchId: neighbourMatch, areaMu: '1' }),
      'BAD_USER_INPUT',
      'matchId',
      /不属于基地/,
    ],
    [
      'a match of another village',
      () => ({ period: '2020', baseId: base, matchId: farMatch, areaMu: '1' }),
      'BAD_USER_INPUT',
      'matchId',
      /不属于基地/,
    ],
    [
      'a match outside the division',
      () => ({ period: '2020', divisionId: place.town, matchId: farMatch, areaMu: '1' }),
      'BAD_USER_INPUT',
      'matchId',
      /不在.*范围内/,
    ],
    ['quarter 5', () => ({ period: '2025Q5', baseId: base, areaMu: '1' }), 'BAD_USER_INPUT', 'period', /期间格式/],
    ['month 13', () => ({ period: '2025-13', baseId: base, areaMu: '1' }), 'BAD_USER_INPUT', 'period', /期间格式/],
    ['a two-digit year', () => ({ period: '25', baseId: base, areaMu: '1' }), 'BAD_USER_INPUT', 'period', /期间格式/],
    ['a year before 1949', () => ({ period: '1900', baseId: base, areaMu: '1' }), 'BAD_USER_INPUT', 'period', /期间格式/],
    [
      'a source over 2000 characters',
      () => ({ period: '2020', baseId: base, areaMu: '1', source: '据'.repeat(2001) }),
      'BAD_USER_INPUT',
      'source',
      /来源最多 2000 个字/,
    ],
    ['a malformed id', () => ({ period: '2020', baseId: 'abc', areaMu: '1' }), 'BAD_USER_INPUT', 'baseId', /基地编号格式不正确/],
    ['a missing base', () => ({ period: '2020', baseId: '999999', areaMu: '1' }), 'NOT_FOUND', 'baseId', /基地（编号 999999）不存在/],
    [
      'a missing division',
      () => ({ period: '2020', divisionId: '999999', areaMu: '1' }),
      'NOT_FOUND',
      'divisionId',
      /区划（编号 999999）不存在/,
    ],
    [
      'a missing match',
      () => ({ period: '2020', baseId: base, matchId: '999999', areaMu: '1' }),
      'NOT_FOUND',
      'matchId',
      /对接（编号 999999）不存在/,
    ],
    [
      'a missing team',
      () => ({ period: '2020', baseId: base, teamId: '999999', areaMu: '1' }),
      'NOT_FOUND',
      'teamId',
      /服务团（编号 999999）不存在/,
    ],
    [
      'a second record of the series for the period',
      () => ({ ...gongGengShe(), householdRentYuan: '1' }),
      'CONFLICT',
      'period',
      /已有成效记录.*请修改原记录/,
    ],
  ])('refuses %s and stores nothing', async (_label, input, code, field, message) => {
    const before = await countRows(t, 'outcome_record');
    const error = await t.admin.fails(RECORD, { input: input() });
    expect(error.extensions?.code).toBe(code);
    expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
    expect(error.message).toMatch(message);
    expect(await countRows(t, 'outcome_record')).toBe(before);
  });

  it('reads one record, and null for an unknown id', async () => {
    const { recordOutcome } = await t.admin.ok(RECORD, { input: { period: '2022', baseId: base, areaMu: '5' } });
    expect((await t.admin.ok(ONE, { id: recordOutcome.id })).outcomeRecord).toMatchObject({ id: recordOutcome.id, areaMu: '5' });
    expect((await t.admin.ok(ONE, { id: '999999' })).outcomeRecord).toBeNull();
  });

  describe('updateOutcomeRecord', () => {
    let id: string;
    // Each test edits its own record of the 共耕社 series, in a year of its own.
    let year = 2030;
    beforeEach(async () => {
      year += 1;
      id = (await t.admin.ok(RECORD, { input: { ...gongGengShe(), period: String(year), areaMu: '10' } })).recordOutcome.id;
    });

    it('changes only the fields given; null clears a figure', async () => {
      const { updateOutcomeRecord } = await t.admin.ok(UPDATE, { input: { id, householdRentYuan: '210000.5', areaMu: null } });
      expect(updateOutcomeRecord).toMatchObject({
        householdRentYuan: '210000.5',
        areaMu: null,
        jobsPersonTimes: '8200',
        atLeast: true,
        matchId: baseMatch,
      });
      expect(updateOutcomeRecord.source).toMatch(/^龙超云/);
    });

    it('moves the period and derives its new days', async () => {
      const { updateOutcomeRecord } = await t.admin.ok(UPDATE, { input: { id, period: '2021-11' } });
      expect(updateOutcomeRecord).toMatchObject({ period: '2021-11', periodStart: '2021-11-01', periodEnd: '2021-11-30' });
    });

    it('switches the scope from the base to a division when the base is cleared', async () => {
      const { updateOutcomeRecord } = await t.admin.ok(UPDATE, { input: { id, baseId: null, divisionId: place.town } });
      expect(updateOutcomeRecord).toMatchObject({ baseId: null, divisionId: place.town, matchId: baseMatch });
    });

    it('clears the lower-bound flag with null', async () => {
      expect((await t.admin.ok(UPDATE, { input: { id, atLeast: null } })).updateOutcomeRecord.atLeast).toBe(false);
    });

    it.each<[string, () => Omit<UpdateOutcomeRecordInput, 'id'>, string, string]>([
      ['a second scope', () => ({ divisionId: place.town }), 'BAD_USER_INPUT', 'divisionId'],
      [
        'clearing every figure',
        () => ({ householdRentYuan: null, jobsPersonTimes: null, collectiveIncomeYuan: null, areaMu: null }),
        'BAD_USER_INPUT',
        'areaMu',
      ],
      ['a match of another base', () => ({ matchId: farMatch }), 'BAD_USER_INPUT', 'matchId'],
      ['another base whose match differs', () => ({ baseId: farBase }), 'BAD_USER_INPUT', 'matchId'],
      ['clearing the period', () => ({ period: null }), 'BAD_USER_INPUT', 'period'],
      ['3 decimals', () => ({ outputValueYuan: '1.001' }), 'BAD_USER_INPUT', 'outputValueYuan'],
      ['a period the series already has', () => ({ period: '2024' }), 'CONFLICT', 'period'],
      ['a missing team', () => ({ teamId: '999999' }), 'NOT_FOUND', 'teamId'],
    ])('refuses %s and leaves the record as it was', async (_label, changes, code, field) => {
      const before = await sql(t, `SELECT * FROM outcome_record WHERE id = $1`, [id]);
      const error = await t.admin.fails(UPDATE, { input: { id, ...changes() } });
      expect(error.extensions?.code).toBe(code);
      expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(await sql(t, `SELECT * FROM outcome_record WHERE id = $1`, [id])).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown record', async () => {
      const error = await t.admin.fails(UPDATE, { input: { id: '999999', areaMu: '1' } });
      expect(error.extensions?.code).toBe('NOT_FOUND');
      expect(error.extensions?.fields?.[0]?.field).toBe('id');
    });
  });

  it('deletes a record, then answers NOT_FOUND for it', async () => {
    const { recordOutcome } = await t.admin.ok(RECORD, { input: { period: '2019', baseId: base, areaMu: '1' } });
    expect((await t.admin.ok(DELETE, { id: recordOutcome.id })).deleteOutcomeRecord).toBe(recordOutcome.id);
    expect((await t.admin.ok(ONE, { id: recordOutcome.id })).outcomeRecord).toBeNull();
    expect((await t.admin.fails(DELETE, { id: recordOutcome.id })).extensions?.code).toBe('NOT_FOUND');
  });

  it('lets a viewer read but not write', async () => {
    const viewer = await t.clientWithRole('VIEWER');
    const before = await countRows(t, 'outcome_record');
    const error = await viewer.fails(RECORD, { input: { period: '2018', baseId: base, areaMu: '1' } });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(await countRows(t, 'outcome_record')).toBe(before);
    const [{ id }] = await sql<{ id: string }>(t, `SELECT id::text AS id FROM outcome_record LIMIT 1`);
    expect((await viewer.fails(DELETE, { id })).extensions?.code).toBe('FORBIDDEN');
    // A viewer reads approved figures only: the draft is invisible until someone approves it.
    expect((await viewer.ok(ONE, { id })).outcomeRecord).toBeNull();
    await approveAllRecords(t);
    expect((await viewer.ok(ONE, { id })).outcomeRecord?.id).toBe(id);
  });

  it('needs a signed-in user to read', async () => {
    const error = await t.anonymous.fails(COUNT);
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets only one of two simultaneous identical records in; the other gets CONFLICT on period', async () => {
    const input = { period: '2016', baseId: base, matchId: baseMatch, areaMu: '3' };
    const results = await Promise.all([t.admin.request(RECORD, { input }), t.admin.request(RECORD, { input })]);
    const refused = results.filter((result) => result.errors?.length);
    expect(refused).toHaveLength(1);
    expect(refused[0].errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'period' }] });
    const [{ count }] = await sql<{ count: string }>(t, `SELECT count(*)::text AS count FROM outcome_record WHERE period = '2016'`);
    expect(count).toBe('1');
  });

  it('keeps the database rules as a backstop when the API is bypassed', async () => {
    const insert = (matchId: string) =>
      sql(t, `INSERT INTO outcome_record (period, base_id, match_id, area_mu) VALUES ('2017', $1, $2, 1)`, [base, matchId]);
    await expect(insert(farMatch)).rejects.toMatchObject({
      driverError: expect.objectContaining({ constraint: 'CHK_outcome_record_match_scope' }),
    });
    await insert(baseMatch);
    await expect(insert(baseMatch)).rejects.toMatchObject({
      driverError: expect.objectContaining({ constraint: 'UQ_outcome_record_series_period' }),
    });
  });
});
