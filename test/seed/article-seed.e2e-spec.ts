import { RANKING, saveProposedRules } from '../duty/duty-operations.js';
import { graphql } from '../generated/gql.js';
import { sql } from '../support/database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const TABLES = ['division', 'enterprise', 'member', 'member_enterprise', 'base', 'match', 'match_broker', 'service_team', 'outcome_record'];

const VILLAGE_TREE = graphql(`
  query ArticleSeedVillageTree {
    divisions(level: VILLAGE) {
      items {
        name
        parent {
          name
          parent {
            name
            code
            parent {
              name
              parent {
                name
              }
            }
          }
        }
      }
    }
  }
`);
const RECORDS = graphql(`
  query ArticleSeedRecords {
    outcomeRecords(take: 10) {
      items {
        period
        baseId
        divisionId
        matchId
        teamId
        areaMu
        outputValueYuan
        householdRentYuan
        jobsPersonTimes
        collectiveIncomeYuan
        atLeast
        source
      }
      totalItems
    }
  }
`);

async function counts(t: TestApp, tables: readonly string[] = TABLES): Promise<Record<string, number>> {
  const entries = await Promise.all(
    tables.map(async (table) => [table, Number((await sql<{ n: string }>(t, `SELECT count(*) AS n FROM ${table}`))[0].n)] as const),
  );
  return Object.fromEntries(entries);
}

describe("the article's facts (SEED=true)", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { SEED: 'true' } });
  });
  afterAll(() => t.close());

  it('loads the place tree with the county code 451224', async () => {
    const data = await t.admin.ok(VILLAGE_TREE);
    expect(data.divisions.items).toEqual([
      {
        name: '东里村',
        parent: {
          name: '武篆镇',
          parent: { name: '东兰县', code: '451224000000', parent: { name: '河池市', parent: { name: '广西壮族自治区' } } },
        },
      },
    ]);
  });

  it("records 共耕社's yearly figures as lower bounds, with the source and the assumed year", async () => {
    const data = await t.admin.ok(RECORDS);
    expect(data.outcomeRecords.totalItems).toBe(2);
    const gonggengshe = data.outcomeRecords.items.find((record) => record.baseId !== null);
    expect(gonggengshe).toMatchObject({
      period: '2024',
      householdRentYuan: '200000',
      jobsPersonTimes: '8200',
      collectiveIncomeYuan: '100000',
      atLeast: true,
    });
    expect(gonggengshe?.matchId).not.toBeNull();
    expect(gonggengshe?.source).toMatch(/广西政协报/);
    expect(gonggengshe?.source).toMatch(/2024/);
  });

  it("keeps the service team's totals at county level without inventing villages", async () => {
    const [team] = await sql<{ area_mu: string; output_value_yuan: string; level: string; at_least: boolean }>(
      t,
      `SELECT r.area_mu::text, r.output_value_yuan::text, d.level::text, r.at_least
         FROM outcome_record r JOIN division d ON d.id = r.division_id WHERE r.team_id IS NOT NULL`,
    );
    expect(team).toEqual({ area_mu: '11897.00', output_value_yuan: '24259000.00', level: 'COUNTY', at_least: false });
    expect(await counts(t)).toMatchObject({ division: 5, base: 1, match: 1, member: 2, service_team: 1 });
  });

  it('names the enterprise as unnamed rather than inventing a name, and links it to 梁贤勇', async () => {
    const rows = await sql<{ name: string; member: string }>(
      t,
      `SELECT e.name, m.name AS member FROM enterprise e JOIN member_enterprise me ON me.enterprise_id = e.id JOIN member m ON m.id = me.member_id`,
    );
    expect(rows).toEqual([{ name: expect.stringContaining('原文未载'), member: '梁贤勇' }]);
  });

  it('seats both members on 东兰县’s committee and invents none of the committee’s work', async () => {
    const members = await sql<{ name: string; committee: string }>(
      t,
      `SELECT m.name, d.name AS committee FROM member m JOIN division d ON d.id = m.division_id ORDER BY m.id`,
    );
    expect(members).toEqual([
      { name: '梁贤勇', committee: '东兰县' },
      { name: '韦建东', committee: '东兰县' },
    ]);
    // The article gives only totals (16 suggestions on camping, 5 consultations): no rows to store.
    expect(await counts(t, ['suggestion', 'duty_event', 'duty_rule_set', 'handling_unit'])).toEqual({
      suggestion: 0,
      duty_event: 0,
      duty_rule_set: 0,
      handling_unit: 0,
    });
  });

  it('once 2024’s rules are saved, 梁贤勇 earns the match his 2024 figures show was running (entered after the fact)', async () => {
    await saveProposedRules(t, 2024);
    const { dutyRanking } = await t.admin.ok(RANKING, { year: 2024 });
    const byName = Object.fromEntries(dutyRanking.items.map((row) => [row.member.name, row]));
    // The match was entered today, without a signing date; its approved 2024 outcome vouches for 2024.
    expect(byName['梁贤勇'].categories.find((category) => category.code === 'RURAL')).toMatchObject({ raw: 10, counted: 10 });
    // The article names no visits of 韦建东's team, so none count.
    expect(byName['韦建东'].total).toBe(0);
  });

  it('seeds once: a second pass on the same data changes nothing', async () => {
    const before = await counts(t);
    const { ArticleSeeder } = await import('../../apps/api/src/seed/article-seeder.js');
    expect(await t.app.get(ArticleSeeder).seedIfEmpty()).toBe(false);
    expect(await counts(t)).toEqual(before);
  });
});
