import { graphql } from '../generated/gql.js';
import type {
  RecordServiceActivityInput,
  ServiceActivitiesListQueryVariables,
  ServiceActivitiesOfTeamsQueryVariables,
  ServiceActivityFilter,
  UpdateServiceActivityInput,
} from '../generated/graphql.js';
import { countRows } from '../support/database.js';
import { baseFixture, divisionFixture, memberFixture, placeFixture, teamFixture, type PlaceFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

graphql(`
  fragment ServiceActivitiesFields on ServiceActivity {
    id
    teamId
    baseId
    date
    topic
    farmersTrained
    areaCoveredMu
    team {
      id
    }
    base {
      id
    }
  }
`);
const RECORD = graphql(`
  mutation ServiceActivitiesRecord($input: RecordServiceActivityInput!) {
    recordServiceActivity(input: $input) {
      ...ServiceActivitiesFields
    }
  }
`);
const UPDATE = graphql(`
  mutation ServiceActivitiesUpdate($input: UpdateServiceActivityInput!) {
    updateServiceActivity(input: $input) {
      ...ServiceActivitiesFields
    }
  }
`);
const DELETE = graphql(`
  mutation ServiceActivitiesDelete($id: ID!) {
    deleteServiceActivity(id: $id)
  }
`);
const ACTIVITY = graphql(`
  query ServiceActivitiesOne($id: ID!) {
    serviceActivity(id: $id) {
      ...ServiceActivitiesFields
    }
  }
`);
const LIST = graphql(`
  query ServiceActivitiesList($filter: ServiceActivityFilter, $skip: Int, $take: Int) {
    serviceActivities(filter: $filter, skip: $skip, take: $take) {
      items {
        id
        topic
      }
      totalItems
    }
  }
`);
const OF_TEAMS = graphql(`
  query ServiceActivitiesOfTeams($from: Date, $to: Date, $skip: Int, $take: Int) {
    serviceTeams(take: 100) {
      items {
        id
        activities(from: $from, to: $to, skip: $skip, take: $take) {
          items {
            topic
            base {
              id
            }
            team {
              id
            }
          }
          totalItems
        }
      }
    }
  }
`);

/** Today in the county (UTC+8), the last day a visit may carry. */
function chinaToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

describe('service activities (服务活动)', () => {
  let t: TestApp;
  let place: PlaceFixture;
  let otherVillage: string;
  let grapeBase: string;
  let teaBase: string;
  let team: string;
  let otherTeam: string;
  // Recorded in beforeAll: three visits of `team`, one of `otherTeam`.
  const ids: Record<string, string> = {};

  async function record(input: RecordServiceActivityInput) {
    return (await t.admin.ok(RECORD, { input })).recordServiceActivity;
  }

  async function topics(filter: ServiceActivityFilter, page: { skip?: number; take?: number } = {}) {
    const list = (await t.admin.ok(LIST, { filter, ...page })).serviceActivities;
    return { topics: list.items.map((item) => item.topic), totalItems: list.totalItems };
  }

  beforeAll(async () => {
    t = await startTestApp();
    place = await placeFixture(t);
    const otherTown = await divisionFixture(t, 'TOWN', place.county, '长乐镇');
    otherVillage = await divisionFixture(t, 'VILLAGE', otherTown, '长乐村');
    grapeBase = await baseFixture(t, place.village);
    teaBase = await baseFixture(t, otherVillage);
    team = await teamFixture(t, await memberFixture(t, '韦建东'));
    otherTeam = await teamFixture(t, await memberFixture(t, '梁贤勇'));
    ids.pruning = (
      await record({ teamId: team, baseId: grapeBase, date: '2024-03-10', topic: '葡萄修剪', farmersTrained: 30, areaCoveredMu: '120.5' })
    ).id;
    ids.pests = (await record({ teamId: team, baseId: teaBase, date: '2024-06-20', topic: '茶叶病虫害防治', farmersTrained: 12 })).id;
    ids.harvest = (await record({ teamId: team, baseId: grapeBase, date: '2024-08-05', topic: '葡萄采收' })).id;
    ids.soil = (await record({ teamId: otherTeam, baseId: teaBase, date: '2024-06-20', topic: '土壤检测' })).id;
  });
  afterAll(() => t.close());

  it('records a visit with its team and base, exact area and farmers trained', async () => {
    const activity = await record({
      teamId: team,
      baseId: grapeBase,
      date: '2025-04-01',
      topic: '  水肥一体化培训 ',
      farmersTrained: 45,
      areaCoveredMu: 88.25,
    });
    expect(activity).toMatchObject({
      teamId: team,
      baseId: grapeBase,
      date: '2025-04-01',
      topic: '水肥一体化培训',
      farmersTrained: 45,
      areaCoveredMu: '88.25',
      team: { id: team },
      base: { id: grapeBase },
    });
    expect((await t.admin.ok(ACTIVITY, { id: activity.id })).serviceActivity).toEqual(activity);
    expect((await t.admin.ok(DELETE, { id: activity.id })).deleteServiceActivity).toBe(activity.id);
  });

  it('counts no farmers and no area when they are left out', async () => {
    const activity = (await t.admin.ok(ACTIVITY, { id: ids.harvest })).serviceActivity;
    expect(activity).toMatchObject({ farmersTrained: 0, areaCoveredMu: null });
  });

  it('accepts a visit made today in the county', async () => {
    const activity = await record({ teamId: otherTeam, baseId: teaBase, date: chinaToday(), topic: '当天的服务' });
    expect(activity.date).toBe(chinaToday());
    await t.admin.ok(DELETE, { id: activity.id });
  });

  it('answers null for a visit that does not exist', async () => {
    expect((await t.admin.ok(ACTIVITY, { id: '987654' })).serviceActivity).toBeNull();
  });

  it('lists visits by id, in pages, with the total', async () => {
    expect(await topics({})).toEqual({ topics: ['葡萄修剪', '茶叶病虫害防治', '葡萄采收', '土壤检测'], totalItems: 4 });
    expect(await topics({}, { skip: 1, take: 2 })).toEqual({ topics: ['茶叶病虫害防治', '葡萄采收'], totalItems: 4 });
    expect((await t.admin.ok(LIST, { filter: null })).serviceActivities.totalItems).toBe(4);
  });

  it('filters by team, base, division subtree and date range', async () => {
    expect(await topics({ teamId: otherTeam })).toEqual({ topics: ['土壤检测'], totalItems: 1 });
    expect(await topics({ baseId: grapeBase })).toEqual({ topics: ['葡萄修剪', '葡萄采收'], totalItems: 2 });
    expect(await topics({ divisionId: place.town })).toEqual({ topics: ['葡萄修剪', '葡萄采收'], totalItems: 2 });
    expect(await topics({ divisionId: otherVillage, teamId: team })).toEqual({ topics: ['茶叶病虫害防治'], totalItems: 1 });
    expect((await topics({ divisionId: place.county })).totalItems).toBe(4);
    expect(await topics({ from: '2024-06-20', to: '2024-08-05' })).toEqual({
      topics: ['茶叶病虫害防治', '葡萄采收', '土壤检测'],
      totalItems: 3,
    });
    expect(await topics({ from: '2024-06-21' })).toEqual({ topics: ['葡萄采收'], totalItems: 1 });
    expect(await topics({ to: '2024-03-10' })).toEqual({ topics: ['葡萄修剪'], totalItems: 1 });
  });

  it.each<[string, ServiceActivitiesListQueryVariables, string]>([
    ['a range that ends before it starts', { filter: { from: '2024-08-01', to: '2024-07-01' } }, 'filter.to'],
    ['a malformed team id', { filter: { teamId: 'x' } }, 'filter.teamId'],
    ['a page over 100', { take: 101 }, 'take'],
  ])('refuses to list with %s', async (_label, variables, field) => {
    const error = await t.admin.fails(LIST, variables);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
  });

  it("answers each team's visits newest first, by date range and page, for a whole list of teams", async () => {
    const activitiesOf = async (variables: ServiceActivitiesOfTeamsQueryVariables) => {
      const teams = (await t.admin.ok(OF_TEAMS, variables)).serviceTeams.items;
      return Object.fromEntries(
        teams.map((item) => [item.id, { topics: item.activities.items.map((a) => a.topic), totalItems: item.activities.totalItems }]),
      );
    };
    expect(await activitiesOf({})).toEqual({
      [team]: { topics: ['葡萄采收', '茶叶病虫害防治', '葡萄修剪'], totalItems: 3 },
      [otherTeam]: { topics: ['土壤检测'], totalItems: 1 },
    });
    expect(await activitiesOf({ skip: 1, take: 1 })).toEqual({
      [team]: { topics: ['茶叶病虫害防治'], totalItems: 3 },
      [otherTeam]: { topics: [], totalItems: 1 },
    });
    expect(await activitiesOf({ from: '2024-06-01', to: '2024-06-30' })).toEqual({
      [team]: { topics: ['茶叶病虫害防治'], totalItems: 1 },
      [otherTeam]: { topics: ['土壤检测'], totalItems: 1 },
    });
    const refused = await t.admin.fails(OF_TEAMS, { from: '2024-07-01', to: '2024-06-01' });
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each<[string, Partial<RecordServiceActivityInput>, string, string]>([
    ['a team that does not exist', { teamId: '987654' }, 'NOT_FOUND', 'teamId'],
    ['a base that does not exist', { baseId: '987654' }, 'NOT_FOUND', 'baseId'],
    ['a date in the future', { date: `${new Date().getUTCFullYear() + 1}-01-01` }, 'BAD_USER_INPUT', 'date'],
    ['a date before 1949', { date: '1948-12-31' }, 'BAD_USER_INPUT', 'date'],
    ['a date that does not exist', { date: '2025-02-30' }, 'BAD_USER_INPUT', 'date'],
    ['a blank topic', { topic: '   ' }, 'BAD_USER_INPUT', 'topic'],
    ['a topic over 200 characters', { topic: '题'.repeat(201) }, 'BAD_USER_INPUT', 'topic'],
    ['a negative number of farmers', { farmersTrained: -3 }, 'BAD_USER_INPUT', 'farmersTrained'],
    ['a fractional number of farmers', { farmersTrained: 2.5 }, 'BAD_USER_INPUT', 'farmersTrained'],
    ['a negative area', { areaCoveredMu: '-1' }, 'BAD_USER_INPUT', 'areaCoveredMu'],
    ['an area with 3 decimals', { areaCoveredMu: '10.125' }, 'BAD_USER_INPUT', 'areaCoveredMu'],
    ['an area with a unit', { areaCoveredMu: '10亩' }, 'BAD_USER_INPUT', 'areaCoveredMu'],
  ])('refuses %s and stores nothing', async (_label, overrides, code, field) => {
    const input: RecordServiceActivityInput = {
      teamId: team,
      baseId: grapeBase,
      date: '2024-09-01',
      topic: '技术培训',
      farmersTrained: 10,
      areaCoveredMu: '50',
      ...overrides,
    };
    const before = await countRows(t, 'service_activity');
    const error = await t.admin.fails(RECORD, { input });
    expect(error.extensions?.code).toBe(code);
    expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await countRows(t, 'service_activity')).toBe(before);
  });

  it('says in Chinese, on farmersTrained, that farmers cannot be negative', async () => {
    const error = await t.admin.fails(RECORD, {
      input: { teamId: team, baseId: grapeBase, date: '2024-09-01', topic: '技术培训', farmersTrained: -1 },
    });
    expect(error.extensions?.fields).toEqual([{ field: 'farmersTrained', message: '培训农民人数不能为负数' }]);
  });

  describe('updateServiceActivity', () => {
    let activity: string;
    beforeEach(async () => {
      activity = (
        await record({ teamId: team, baseId: grapeBase, date: '2024-10-01', topic: '冬季管护', farmersTrained: 20, areaCoveredMu: '60' })
      ).id;
    });
    afterEach(() => t.admin.ok(DELETE, { id: activity }));

    it('changes only the fields given', async () => {
      const updated = (await t.admin.ok(UPDATE, { input: { id: activity, topic: '冬季管护培训', baseId: teaBase } })).updateServiceActivity;
      expect(updated).toMatchObject({
        topic: '冬季管护培训',
        baseId: teaBase,
        base: { id: teaBase },
        date: '2024-10-01',
        farmersTrained: 20,
        areaCoveredMu: '60',
      });
    });

    it('clears the area with null', async () => {
      expect((await t.admin.ok(UPDATE, { input: { id: activity, areaCoveredMu: null } })).updateServiceActivity.areaCoveredMu).toBeNull();
    });

    it.each<[string, Omit<UpdateServiceActivityInput, 'id'>, string, string]>([
      ['a negative number of farmers', { farmersTrained: -1 }, 'BAD_USER_INPUT', 'farmersTrained'],
      ['a cleared number of farmers', { farmersTrained: null }, 'BAD_USER_INPUT', 'farmersTrained'],
      ['a date in the future', { date: `${new Date().getUTCFullYear() + 1}-06-01` }, 'BAD_USER_INPUT', 'date'],
      ['a cleared topic', { topic: null }, 'BAD_USER_INPUT', 'topic'],
      ['a base that does not exist', { baseId: '987654' }, 'NOT_FOUND', 'baseId'],
      ['a team that does not exist', { teamId: '987654' }, 'NOT_FOUND', 'teamId'],
    ])('refuses %s and changes nothing', async (_label, changes, code, field) => {
      const before = (await t.admin.ok(ACTIVITY, { id: activity })).serviceActivity;
      const error = await t.admin.fails(UPDATE, { input: { id: activity, ...changes } });
      expect(error.extensions?.code).toBe(code);
      expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect((await t.admin.ok(ACTIVITY, { id: activity })).serviceActivity).toEqual(before);
    });
  });

  it('deletes a visit, then says NOT_FOUND for it', async () => {
    const activity = (await record({ teamId: otherTeam, baseId: grapeBase, date: '2024-11-11', topic: '临时登记' })).id;
    expect((await t.admin.ok(DELETE, { id: activity })).deleteServiceActivity).toBe(activity);
    expect((await t.admin.ok(ACTIVITY, { id: activity })).serviceActivity).toBeNull();
    expect((await t.admin.fails(DELETE, { id: activity })).extensions?.code).toBe('NOT_FOUND');
  });

  it('lets a viewer read visits but not record, change or delete them', async () => {
    const viewer = await t.clientWithRole('VIEWER');
    expect((await viewer.ok(ACTIVITY, { id: ids.pruning })).serviceActivity?.topic).toBe('葡萄修剪');
    const before = await countRows(t, 'service_activity');
    for (const write of [
      () => viewer.fails(RECORD, { input: { teamId: team, baseId: grapeBase, date: '2024-09-01', topic: '越权登记' } }),
      () => viewer.fails(UPDATE, { input: { id: ids.pruning, topic: '越权修改' } }),
      () => viewer.fails(DELETE, { id: ids.pruning }),
    ]) {
      expect((await write()).extensions?.code).toBe('FORBIDDEN');
    }
    expect(await countRows(t, 'service_activity')).toBe(before);
    expect((await t.admin.ok(ACTIVITY, { id: ids.pruning })).serviceActivity?.topic).toBe('葡萄修剪');
  });
});
