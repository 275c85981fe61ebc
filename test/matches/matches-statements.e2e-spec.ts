import { graphql } from '../generated/gql.js';
import { approveAllRecords } from '../support/approval.js';
import { baseFixture, enterpriseFixture, matchFixture, memberFixture, placeFixture, type PlaceFixture } from '../support/fixtures.js';
import { statementsOf } from '../support/statements.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// R6 of issue 3: a page of matches with `impact` and `summaryText`. The list and its total are
// one statement, every match's figures one batched statement, every sentence one more.
const PAGE = graphql(`
  query MatchesStatementsPage($filter: MatchFilter, $take: Int) {
    matches(filter: $filter, take: $take) {
      items {
        id
        impact {
          householdRentYuan
          jobsPersonTimes
          areaMu
          records
          matches
        }
        summaryText
      }
      totalItems
    }
  }
`);
const PAGE_ALONE = graphql(`
  query MatchesStatementsPageAlone($take: Int) {
    matches(take: $take) {
      items {
        id
      }
      totalItems
    }
  }
`);
const RECORD = graphql(`
  mutation MatchesStatementsRecord($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
    }
  }
`);

describe('statements per matches request', () => {
  let t: TestApp;
  let place: PlaceFixture;
  const matches: { id: string; enterprise: string }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    place = await placeFixture(t);
    const member = await memberFixture(t, '韦');
    for (let i = 0; i < 30; i += 1) {
      const enterprise = await enterpriseFixture(t, `对接企业${i}`);
      const baseId = await baseFixture(t, place.village);
      const id = await matchFixture(t, { enterpriseId: enterprise, villageId: place.village, baseId, brokerIds: [member] });
      matches.push({ id, enterprise });
      // The first two matches have figures, so the batched statements have something to add up.
      if (i < 2) {
        await t.admin.ok(RECORD, {
          input: { baseId, matchId: id, period: '2024', householdRentYuan: '100', jobsPersonTimes: `${10 + i}`, areaMu: '50' },
        });
        await t.admin.ok(RECORD, { input: { baseId, matchId: id, period: '2025', householdRentYuan: '200', areaMu: '60' } });
      }
    }
    await approveAllRecords(t);
  });
  afterAll(() => t.close());

  it.each([
    ['30 matches', 30],
    ['3 matches', 3],
  ])('a page of %s with impact and summaryText is 3 statements: page, figures, sentences', async (_label, take) => {
    const { statements, data } = await statementsOf(t, PAGE, { filter: { divisionId: place.county }, take });
    expect(data.matches.totalItems).toBe(30);
    expect(data.matches.items.map((match) => match.id)).toEqual(matches.slice(0, take).map((match) => match.id));
    // Rent adds over both years; area is a stock, the latest year's value.
    expect(data.matches.items[0].impact).toEqual({ householdRentYuan: '300', jobsPersonTimes: '10', areaMu: '60', records: 2, matches: 1 });
    expect(data.matches.items[1].impact).toMatchObject({ jobsPersonTimes: '11', records: 2 });
    expect(data.matches.items[2].impact).toMatchObject({ householdRentYuan: '0', records: 0 });
    expect(data.matches.items[0].summaryText).toContain('2025年使农户获得农田租金共200元');
    expect(data.matches.items[2].summaryText).toContain('暂无成效数据');
    expect(statements).toBe(3);
  });

  it('the page alone is 1 statement, its total included', async () => {
    const { statements, data } = await statementsOf(t, PAGE_ALONE, { take: 30 });
    expect(data.matches.totalItems).toBe(30);
    expect(data.matches.items).toHaveLength(30);
    expect(statements).toBe(1);
  });
});
