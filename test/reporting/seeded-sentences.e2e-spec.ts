import { graphql } from '../generated/gql.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { SUMMARY } from './impact-world.js';

const PLACES = graphql(`
  query SeededSentencesPlaces {
    counties: divisions(level: COUNTY) {
      items {
        id
        name
      }
    }
    towns: divisions(level: TOWN) {
      items {
        id
        name
      }
    }
  }
`);
const MATCH_SENTENCES = graphql(`
  query SeededSentencesMatches {
    matches(take: 10) {
      items {
        summaryText
      }
      totalItems
    }
  }
`);
const TEAM_SENTENCES = graphql(`
  query SeededSentencesTeams {
    serviceTeams(take: 10) {
      items {
        summaryText
      }
    }
  }
`);

// The article's own sentences and figures, produced from the seeded facts (apps/api/src/seed):
// what a leader quotes must read as the article does, with its "余"/"以上".
describe('the seeded article, reported back (SEED=true)', () => {
  let t: TestApp;
  let county: string;
  let town: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { SEED: 'true' } });
    const data = await t.admin.ok(PLACES);
    const named = (list: { id: string; name: string }[], name: string) => list.find((division) => division.name === name)?.id as string;
    county = named(data.counties.items, '东兰县');
    town = named(data.towns.items, '武篆镇');
  });
  afterAll(() => t?.close());

  it("says 共耕社's sentence as the article does, as lower bounds", async () => {
    const data = await t.admin.ok(MATCH_SENTENCES);
    expect(data.matches.totalItems).toBe(1);
    const [{ summaryText }] = data.matches.items;
    expect(summaryText).toContain('20余万元');
    expect(summaryText).toContain('8200余人次');
    expect(summaryText).toContain('10万元以上');
    expect(summaryText).toBe(
      '梁贤勇委员牵线，梁贤勇委员所办企业（原文未载企业名称）在武篆镇东里村建立共耕社产业园，采取“支部+基地+农户”模式，发展高端品种葡萄产业，' +
        '2024年使农户获得农田租金共20余万元，提供务工岗位8200余人次，为村级集体经济增收10万元以上。',
    );
  });

  it("says the service team's area and output in mu and 万元, without inventing its towns", async () => {
    const data = await t.admin.ok(TEAM_SENTENCES);
    expect(data.serviceTeams.items).toHaveLength(1);
    const [{ summaryText }] = data.serviceTeams.items;
    expect(summaryText).toContain('服务基地面积11897亩，产值2425.9万元');
    expect(summaryText).toMatch(/^韦建东委员带领农业科技服务团/);
    // The article's 10 towns, 19 villages and 19 bases are not on record, so none are claimed.
    expect(summaryText).not.toMatch(/个乡镇|个村|个基地/);
  });

  it('totals 东兰县 for 2024 as the article does', async () => {
    const { impactSummary } = await t.admin.ok(SUMMARY, { filter: { divisionId: county, from: '2024', to: '2024' } });
    expect(impactSummary.totals).toMatchObject({
      householdRentYuan: '200000',
      jobsPersonTimes: '8200',
      collectiveIncomeYuan: '100000',
      areaMu: '11897',
      outputValueYuan: '24259000',
      records: 2,
    });
    expect(impactSummary.excludedRecords).toBe(0);
  });

  it('puts the team\'s county-level record in the "not broken down to town" group', async () => {
    const { impactSummary } = await t.admin.ok(SUMMARY, { filter: { divisionId: county, from: '2024', to: '2024' }, groupBy: 'TOWN' });
    expect(impactSummary.groups).toEqual([
      {
        key: town,
        label: '武篆镇',
        figures: expect.objectContaining({
          householdRentYuan: '200000',
          jobsPersonTimes: '8200',
          collectiveIncomeYuan: '100000',
          areaMu: '0',
          outputValueYuan: '0',
          records: 1,
        }),
      },
      {
        key: null,
        label: '未分解到乡镇',
        figures: expect.objectContaining({ areaMu: '11897', outputValueYuan: '24259000', householdRentYuan: '0', records: 1 }),
      },
    ]);
  });
});
