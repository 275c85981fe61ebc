import { baseFixture, divisionFixture, enterpriseFixture, matchFixture, memberFixture, placeFixture } from '../support/fixtures.js';
import type { GraphqlClient } from '../support/graphql-client.js';
import { clientWithScope } from '../support/scoped-clients.js';
import { statementsOf } from '../support/statements.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// The reverse relations of the shared registries keep to the caller's division in the same
// batched statement: a page of enterprises, members and bases with their matches costs the same
// number of statements for a caller limited to a town however many rows the page holds.
const PAGES = `{
  enterprises(take: 100) { items { id matches { id villageId } } }
  members(take: 100) { items { id matches { id villageId } } }
  bases(take: 100) { items { id matches { id villageId } } }
}`;

describe('statements of scoped reverse relations', () => {
  let t: TestApp;
  let viewer: GraphqlClient;
  let villageA: string;
  let villageB: string;
  let broker: string;

  /** An enterprise with a base and a match in each town, brokered by the one member. */
  async function addEnterprises(count: number): Promise<void> {
    for (let i = 0; i < count; i += 1) {
      const enterpriseId = await enterpriseFixture(t);
      for (const villageId of [villageA, villageB]) {
        const baseId = await baseFixture(t, villageId, { operatorId: enterpriseId });
        await matchFixture(t, { enterpriseId, villageId, baseId, brokerIds: [broker] });
      }
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    const place = await placeFixture(t);
    villageA = place.village;
    villageB = await divisionFixture(t, 'VILLAGE', await divisionFixture(t, 'TOWN', place.county, '乙镇'), '乙村');
    broker = await memberFixture(t);
    viewer = await clientWithScope(t, 'VIEWER', place.town);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('costs the same statements for 2 enterprises as for 12, and lists only town A matches', async () => {
    await addEnterprises(2);
    const few = await statementsOf(t, PAGES, {}, viewer);
    await addEnterprises(10);
    const many = await statementsOf(t, PAGES, {}, viewer);

    const villages = (data: any) =>
      ['enterprises', 'members', 'bases'].flatMap((root) =>
        data[root].items.flatMap((item: any) => item.matches.map((m: any) => m.villageId)),
      );
    expect(new Set(villages(many.data))).toEqual(new Set([villageA]));
    expect(many.data.enterprises.items).toHaveLength(12);
    expect(villages(many.data)).toHaveLength(12 * 3);
    expect(many.statements).toBe(few.statements);
    // Three pages (each its rows and total) and one batched statement per relation.
    expect(many.statements).toBeLessThanOrEqual(9);
  });
});
