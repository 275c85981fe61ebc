import { graphql } from '../generated/gql.js';
import { baseFixture, divisionFixture, enterpriseFixture, placeFixture, type PlaceFixture } from '../support/fixtures.js';
import { statementsOf } from '../support/statements.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// C1 of issue 3: a page of bases with village, town and operator. The list, its total and the
// villages and towns are one statement; the operators one batched statement more.
const PAGE = graphql(`
  query BasesStatementsPage($filter: BaseFilter, $skip: Int, $take: Int) {
    bases(filter: $filter, skip: $skip, take: $take) {
      items {
        id
        name
        village {
          id
          name
        }
        town {
          id
          name
        }
        operator {
          id
          name
        }
      }
      totalItems
    }
  }
`);
const ONE = graphql(`
  query BasesStatementsOne($id: ID!) {
    base(id: $id) {
      id
      village {
        id
        name
      }
      town {
        id
        name
      }
      operator {
        id
        name
      }
    }
  }
`);
const PAGE_WITHOUT_OPERATORS = graphql(`
  query BasesStatementsWithoutOperators($filter: BaseFilter, $skip: Int) {
    bases(filter: $filter, skip: $skip, take: 5) {
      items {
        id
        village {
          name
        }
        town {
          name
        }
      }
      totalItems
    }
  }
`);
const PAGE_PAST_END = graphql(`
  query BasesStatementsPastEnd($filter: BaseFilter) {
    bases(filter: $filter, skip: 40, take: 5) {
      items {
        id
      }
      totalItems
    }
  }
`);

describe('statements per bases request', () => {
  let t: TestApp;
  let place: PlaceFixture;
  let townless: string;
  const bases: { id: string; village: string; town: string | null; operator: string | null }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    place = await placeFixture(t);
    // A second town and a village under the county directly (no town), so towns differ and
    // one of them is null.
    const otherTown = await divisionFixture(t, 'TOWN', place.county, '另一镇');
    const villages = [place.village, await divisionFixture(t, 'VILLAGE', otherTown, '另一村')];
    townless = await divisionFixture(t, 'VILLAGE', place.county, '直属村');
    const towns = [place.town, otherTown];
    for (let i = 0; i < 30; i += 1) {
      // Every third base has no operator; the others each have their own.
      const operator = i % 3 === 0 ? null : await enterpriseFixture(t, `经营企业${i}`);
      const village = i === 29 ? townless : villages[i % 2];
      const id = await baseFixture(t, village, operator ? { operatorId: operator } : {});
      bases.push({ id, village, town: i === 29 ? null : towns[i % 2], operator });
    }
  });
  afterAll(() => t.close());

  function expectPlaces(items: { id: string; village: { id: string }; town: { id: string } | null; operator: { id: string } | null }[]) {
    for (const item of items) {
      const expected = bases.find((base) => base.id === item.id);
      expect(expected).toBeDefined();
      expect(item.village.id).toBe(expected!.village);
      expect(item.town?.id ?? null).toBe(expected!.town);
      expect(item.operator?.id ?? null).toBe(expected!.operator);
    }
  }

  it.each([
    ['30 bases', 30],
    ['3 bases', 3],
  ])('a page of %s with village, town and operator is 2 statements: page with places, operators', async (_label, take) => {
    const { statements, data } = await statementsOf(t, PAGE, { filter: { divisionId: place.county }, take });
    expect(data.bases.totalItems).toBe(30);
    expect(data.bases.items.map((base) => base.id)).toEqual(bases.slice(0, take).map((base) => base.id));
    expectPlaces(data.bases.items);
    expect(statements).toBe(2);
  });

  it('a page without operators is 1 statement, and skipping keeps the total', async () => {
    const { statements, data } = await statementsOf(t, PAGE_WITHOUT_OPERATORS, { filter: { divisionId: place.county }, skip: 26 });
    expect(data.bases.totalItems).toBe(30);
    expect(data.bases.items.map((base) => base.id)).toEqual(bases.slice(26).map((base) => base.id));
    // The last base's village is under no town.
    expect(data.bases.items.at(-1)?.town).toBeNull();
    expect(statements).toBe(1);
  });

  it('a page past the end costs a second statement to count', async () => {
    const { statements, data } = await statementsOf(t, PAGE_PAST_END, { filter: { divisionId: place.county } });
    expect(data.bases).toEqual({ items: [], totalItems: 30 });
    expect(statements).toBe(2);
  });

  it('one base with its village, town and operator is 2 statements', async () => {
    const base = bases[1];
    const { statements, data } = await statementsOf(t, ONE, { id: base.id });
    expect(data.base).toMatchObject({
      id: base.id,
      village: { id: base.village },
      town: { id: base.town },
      operator: { id: base.operator },
    });
    expect(statements).toBe(2);
  });
});
