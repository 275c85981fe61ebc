import { graphql } from '../generated/gql.js';
import type { ImpactFilter, RecordOutcomeInput } from '../generated/graphql.js';
import {
  baseFixture,
  divisionFixture,
  enterpriseFixture,
  matchFixture,
  memberFixture,
  placeFixture,
  teamFixture,
} from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RECORD = graphql(`
  mutation OutcomeFiltersRecord($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
    }
  }
`);
const LIST = graphql(`
  query OutcomeFiltersList($filter: ImpactFilter, $skip: Int, $take: Int) {
    outcomeRecords(filter: $filter, skip: $skip, take: $take) {
      totalItems
      items {
        id
        period
        base {
          id
        }
        division {
          id
        }
        match {
          id
        }
        team {
          id
        }
      }
    }
  }
`);

/**
 * One county with two towns; base A (with enterprise E1's match, brokered by member 1) in town 1,
 * base B (with E2's match, brokered by member 3) in town 2; a team led by member 2. Six records
 * of different scopes and periods, each filter checked against the exact set it must return.
 */
describe('outcome record filters (ImpactFilter)', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const record: Record<string, string> = {};

  async function listed(filter: ImpactFilter | null, paging: { skip?: number; take?: number } = {}) {
    const { outcomeRecords } = await t.admin.ok(LIST, { filter, ...paging });
    const names = Object.fromEntries(Object.entries(record).map(([name, id]) => [id, name]));
    return {
      names: outcomeRecords.items.map((item) => names[item.id]),
      total: outcomeRecords.totalItems,
      items: outcomeRecords.items,
    };
  }

  beforeAll(async () => {
    t = await startTestApp();
    const place = await placeFixture(t);
    Object.assign(ids, place);
    ids.town2 = await divisionFixture(t, 'TOWN', place.county, '二镇');
    ids.village2 = await divisionFixture(t, 'VILLAGE', ids.town2, '二村');
    ids.baseA = await baseFixture(t, place.village);
    ids.baseB = await baseFixture(t, ids.village2);
    ids.enterprise1 = await enterpriseFixture(t);
    ids.enterprise2 = await enterpriseFixture(t);
    ids.member1 = await memberFixture(t);
    ids.member2 = await memberFixture(t);
    ids.member3 = await memberFixture(t);
    ids.match1 = await matchFixture(t, {
      enterpriseId: ids.enterprise1,
      villageId: place.village,
      baseId: ids.baseA,
      brokerIds: [ids.member1],
    });
    ids.match2 = await matchFixture(t, {
      enterpriseId: ids.enterprise2,
      villageId: ids.village2,
      baseId: ids.baseB,
      brokerIds: [ids.member3],
    });
    ids.team = await teamFixture(t, ids.member2);

    const inputs: Record<string, RecordOutcomeInput> = {
      aYear2025: { period: '2025', baseId: ids.baseA, matchId: ids.match1, householdRentYuan: '100' },
      aQ2: { period: '2025Q2', baseId: ids.baseA, matchId: ids.match1, householdRentYuan: '50' },
      bMay: { period: '2025-05', baseId: ids.baseB, matchId: ids.match2, teamId: ids.team, jobsPersonTimes: '10' },
      county2024: { period: '2024', divisionId: place.county, teamId: ids.team, areaMu: '11897' },
      town1Q1: { period: '2025Q1', divisionId: place.town, outputValueYuan: '1' },
      b2023: { period: '2023', baseId: ids.baseB, householdsBenefited: '3' },
    };
    for (const [name, input] of Object.entries(inputs)) {
      record[name] = (await t.admin.ok(RECORD, { input })).recordOutcome.id;
    }
  });
  afterAll(() => t.close());

  it('lists every record latest period first (then by id), with totals and paging', async () => {
    const all = await listed(null);
    expect(all.names).toEqual(['bMay', 'aQ2', 'aYear2025', 'town1Q1', 'county2024', 'b2023']);
    expect(all.total).toBe(6);
    const page = await listed(null, { skip: 1, take: 2 });
    expect(page).toMatchObject({ names: ['aQ2', 'aYear2025'], total: 6 });
  });

  it('answers the relation fields on a page', async () => {
    const { items } = await listed({ matchId: ids.match2 });
    expect(items).toEqual([
      { id: record.bMay, period: '2025-05', base: { id: ids.baseB }, division: null, match: { id: ids.match2 }, team: { id: ids.team } },
    ]);
  });

  const sorted = (names: string[]) => [...names].sort();

  it.each<[string, () => ImpactFilter, string[]]>([
    ['the city: everything below it', () => ({ divisionId: ids.city }), ['aYear2025', 'aQ2', 'bMay', 'county2024', 'town1Q1', 'b2023']],
    [
      "the county: its own records and its towns' ones",
      () => ({ divisionId: ids.county }),
      ['aYear2025', 'aQ2', 'bMay', 'county2024', 'town1Q1', 'b2023'],
    ],
    ["town 1: its bases and its own totals, not the county's", () => ({ divisionId: ids.town }), ['aYear2025', 'aQ2', 'town1Q1']],
    ['town 2: base B', () => ({ divisionId: ids.town2 }), ['bMay', 'b2023']],
    ['a village: its bases only', () => ({ divisionId: ids.village }), ['aYear2025', 'aQ2']],
    [
      'from 2025Q1 to 2025Q2: a 2025 yearly record lies partly outside',
      () => ({ from: '2025Q1', to: '2025Q2' }),
      ['aQ2', 'bMay', 'town1Q1'],
    ],
    [
      'from 2025 to 2025: quarters and months inside the year count',
      () => ({ from: '2025', to: '2025' }),
      ['aYear2025', 'aQ2', 'bMay', 'town1Q1'],
    ],
    ['from 2025-05 to 2025-05', () => ({ from: '2025-05', to: '2025-05' }), ['bMay']],
    ['from 2024 onwards', () => ({ from: '2024' }), ['aYear2025', 'aQ2', 'bMay', 'county2024', 'town1Q1']],
    ['up to 2024', () => ({ to: '2024' }), ['county2024', 'b2023']],
    ['from 2025 to 2025Q1', () => ({ from: '2025', to: '2025Q1' }), ['town1Q1']],
    ['enterprise 1', () => ({ enterpriseId: ids.enterprise1 }), ['aYear2025', 'aQ2']],
    ['enterprise 2', () => ({ enterpriseId: ids.enterprise2 }), ['bMay']],
    ['member 1, broker of match 1', () => ({ memberId: ids.member1 }), ['aYear2025', 'aQ2']],
    ['member 2, leader of the team', () => ({ memberId: ids.member2 }), ['bMay', 'county2024']],
    ["member 3, broker of match 2 (the record is also member 2's)", () => ({ memberId: ids.member3 }), ['bMay']],
    ['the team', () => ({ teamId: ids.team }), ['bMay', 'county2024']],
    ['base A', () => ({ baseId: ids.baseA }), ['aYear2025', 'aQ2']],
    ['base B', () => ({ baseId: ids.baseB }), ['bMay', 'b2023']],
    ['match 1', () => ({ matchId: ids.match1 }), ['aYear2025', 'aQ2']],
    ['town 2 and member 2 together', () => ({ divisionId: ids.town2, memberId: ids.member2 }), ['bMay']],
    [
      'the county in 2025 for enterprise 1',
      () => ({ divisionId: ids.county, from: '2025', to: '2025', enterpriseId: ids.enterprise1 }),
      ['aYear2025', 'aQ2'],
    ],
    ['a division with nothing in it', () => ({ divisionId: '999999' }), []],
  ])('filters by %s', async (_label, filter, expected) => {
    const result = await listed(filter());
    expect(sorted(result.names)).toEqual(sorted(expected));
    expect(result.total).toBe(expected.length);
  });

  it.each<[string, ImpactFilter, string, RegExp]>([
    ['a range that ends before it starts', { from: '2025Q3', to: '2025Q2' }, 'to', /结束期间不能早于开始期间/],
    ['a year after the end', { from: '2026', to: '2025' }, 'to', /结束期间不能早于开始期间/],
    ['quarter 5', { from: '2025Q5' }, 'from', /期间格式/],
    ['month 13', { to: '2025-13' }, 'to', /期间格式/],
    ['a malformed id', { memberId: 'x1' }, 'memberId', /委员编号格式不正确/],
  ])('refuses %s with BAD_USER_INPUT', async (_label, filter, field, message) => {
    const error = await t.admin.fails(LIST, { filter });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
    expect(error.message).toMatch(message);
  });

  it('refuses a page larger than 100', async () => {
    const error = await t.admin.fails(LIST, { take: 101 });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.map((problem) => problem.field)).toContain('take');
  });
});
