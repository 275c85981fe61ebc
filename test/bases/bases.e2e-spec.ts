import { graphql } from '../generated/gql.js';
import type { BasesListQueryVariables, CreateBaseInput, UpdateBaseInput } from '../generated/graphql.js';
import { countRows, sql } from '../support/database.js';
import {
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
  fragment BasesFields on Base {
    id
    name
    villageId
    areaMu
    industry
    operatingModel
    operatorId
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
`);
const CREATE = graphql(`
  mutation BasesCreate($input: CreateBaseInput!) {
    createBase(input: $input) {
      ...BasesFields
    }
  }
`);
const UPDATE = graphql(`
  mutation BasesUpdate($input: UpdateBaseInput!) {
    updateBase(input: $input) {
      ...BasesFields
    }
  }
`);
const DELETE = graphql(`
  mutation BasesDelete($id: ID!) {
    deleteBase(id: $id)
  }
`);
const ONE = graphql(`
  query BasesOne($id: ID!) {
    base(id: $id) {
      ...BasesFields
    }
  }
`);
const LIST = graphql(`
  query BasesList($filter: BaseFilter, $skip: Int, $take: Int) {
    bases(filter: $filter, skip: $skip, take: $take) {
      items {
        id
        name
      }
      totalItems
    }
  }
`);

describe('bases (基地)', () => {
  let t: TestApp;
  let place: PlaceFixture;
  let enterprise: string;

  /** A valid createBase input in the fixture village; overrides win. */
  function buildBaseInput(overrides: Partial<CreateBaseInput> = {}): CreateBaseInput {
    return {
      name: '共耕社产业园',
      villageId: place.village,
      areaMu: '120.5',
      industry: '葡萄',
      operatingModel: '支部+基地+农户',
      operatorId: enterprise,
      ...overrides,
    };
  }

  async function createBase(overrides: Partial<CreateBaseInput> = {}): Promise<string> {
    return (await t.admin.ok(CREATE, { input: buildBaseInput(overrides) })).createBase.id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    place = await placeFixture(t);
    enterprise = await enterpriseFixture(t, '东兰共耕农业');
  });
  afterAll(() => t.close());

  it('creates a base and answers its village, town and operator', async () => {
    const data = await t.admin.ok(CREATE, { input: buildBaseInput({ name: '  共耕社产业园  ', areaMu: 11897.5 }) });
    expect(data.createBase).toMatchObject({
      name: '共耕社产业园',
      villageId: place.village,
      areaMu: '11897.5',
      industry: '葡萄',
      operatingModel: '支部+基地+农户',
      operatorId: enterprise,
      village: { id: place.village },
      town: { id: place.town },
      operator: { id: enterprise },
    });
    const read = await t.admin.ok(ONE, { id: data.createBase.id });
    expect(read.base).toEqual(data.createBase);
  });

  it('keeps an unknown area as null, and a village under no town has no town', async () => {
    const village = await divisionFixture(t, 'VILLAGE', place.county, '县直属村');
    const data = await t.admin.ok(CREATE, { input: { name: '示范基地', villageId: village } });
    expect(data.createBase).toMatchObject({
      areaMu: null,
      industry: null,
      operatingModel: null,
      operator: null,
      town: null,
      village: { id: village },
    });
  });

  it('answers null for a base that does not exist', async () => {
    expect((await t.admin.ok(ONE, { id: '999999' })).base).toBeNull();
  });

  describe('lists', () => {
    let otherTown: string;
    let otherVillage: string;
    let otherEnterprise: string;
    let inTown: string[];
    let inOtherTown: string;

    beforeAll(async () => {
      otherTown = await divisionFixture(t, 'TOWN', place.county, '长乐镇');
      otherVillage = await divisionFixture(t, 'VILLAGE', otherTown, '长乐村');
      otherEnterprise = await enterpriseFixture(t, '茶业公司');
      inTown = [await createBase({ name: '列表葡萄园甲' }), await createBase({ name: '列表葡萄园乙', industry: '葡萄' })];
      inOtherTown = await createBase({ name: '列表茶园', villageId: otherVillage, industry: '茶叶', operatorId: otherEnterprise });
    });

    it("by division subtree: a town holds only its villages' bases, the county all of them", async () => {
      const town = (await t.admin.ok(LIST, { filter: { divisionId: otherTown } })).bases;
      expect(town).toEqual({ items: [{ id: inOtherTown, name: '列表茶园' }], totalItems: 1 });
      const county = (await t.admin.ok(LIST, { filter: { divisionId: place.county }, take: 100 })).bases;
      const ids = county.items.map((item) => item.id);
      expect(ids).toEqual(expect.arrayContaining([...inTown, inOtherTown]));
      expect(county.totalItems).toBe(ids.length);
      const village = (await t.admin.ok(LIST, { filter: { divisionId: otherVillage } })).bases;
      expect(village.totalItems).toBe(1);
    });

    it('by operator, by industry and by name, combined with AND', async () => {
      expect((await t.admin.ok(LIST, { filter: { enterpriseId: otherEnterprise } })).bases.items).toEqual([
        { id: inOtherTown, name: '列表茶园' },
      ]);
      expect((await t.admin.ok(LIST, { filter: { industry: '茶叶' } })).bases.totalItems).toBe(1);
      expect((await t.admin.ok(LIST, { filter: { search: '葡萄园' } })).bases.items.map((item) => item.id)).toEqual(inTown);
      expect((await t.admin.ok(LIST, { filter: { search: '葡萄园', industry: '茶叶' } })).bases.totalItems).toBe(0);
      // LIKE's wildcards in the search text are taken literally.
      expect((await t.admin.ok(LIST, { filter: { search: '%' } })).bases.totalItems).toBe(0);
    });

    it('pages by id with the total over all pages', async () => {
      const all = (await t.admin.ok(LIST, { take: 100 })).bases;
      const page = (await t.admin.ok(LIST, { skip: 1, take: 2 })).bases;
      expect(page.totalItems).toBe(all.totalItems);
      expect(page.items).toEqual(all.items.slice(1, 3));
    });

    it.each<[string, BasesListQueryVariables, string]>([
      ['take over 100', { take: 101 }, 'take'],
      ['a malformed division id', { filter: { divisionId: 'abc' } }, 'filter.divisionId'],
    ])('refuses %s', async (_label, variables, field) => {
      const error = await t.admin.fails(LIST, variables);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
    });
  });

  it.each<[string, Partial<CreateBaseInput> & { villageKey?: 'town' }, string, string, RegExp]>([
    ['a blank name', { name: '   ' }, 'BAD_USER_INPUT', 'name', /基地名称/],
    ['a name over 200 characters', { name: '基'.repeat(201) }, 'BAD_USER_INPUT', 'name', /最多 200/],
    ['a negative area', { areaMu: '-1' }, 'BAD_USER_INPUT', 'areaMu', /面积不能为负数/],
    ['an area with 3 decimals', { areaMu: '1.005' }, 'BAD_USER_INPUT', 'areaMu', /2 位小数/],
    ['an area that is not a number', { areaMu: '12亩' }, 'BAD_USER_INPUT', 'areaMu', /须为数字/],
    ['a town as the village', { villageKey: 'town' }, 'BAD_USER_INPUT', 'villageId', /村级.*乡镇级/],
    ['a village that does not exist', { villageId: '999999' }, 'NOT_FOUND', 'villageId', /村（编号 999999）不存在/],
    ['an operator that does not exist', { operatorId: '999999' }, 'NOT_FOUND', 'operatorId', /经营企业/],
    ['a malformed operator id', { operatorId: 'x1' }, 'BAD_USER_INPUT', 'operatorId', /编号格式不正确/],
  ])('refuses %s and stores nothing', async (_label, raw, code, field, message) => {
    const { villageKey, ...overrides } = raw;
    const before = await countRows(t, 'base');
    const error = await t.admin.fails(CREATE, {
      input: buildBaseInput({ ...overrides, ...(villageKey ? { villageId: place.town } : {}) }),
    });
    expect(error.extensions?.code).toBe(code);
    expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
    expect(error.message).toMatch(message);
    expect(await countRows(t, 'base')).toBe(before);
  });

  describe('updates', () => {
    it('changes only the fields given; null clears an optional one', async () => {
      const id = await createBase({ name: '待改基地' });
      const data = await t.admin.ok(UPDATE, { input: { id, industry: '猕猴桃', areaMu: null, operatorId: null } });
      expect(data.updateBase).toMatchObject({
        name: '待改基地',
        industry: '猕猴桃',
        areaMu: null,
        operatorId: null,
        operator: null,
        operatingModel: '支部+基地+农户',
      });
    });

    it.each<[string, Partial<UpdateBaseInput> & { villageKey?: 'town' }, string, string]>([
      ['clearing the name', { name: null }, 'BAD_USER_INPUT', 'name'],
      ['moving it to a town', { villageKey: 'town' }, 'BAD_USER_INPUT', 'villageId'],
      ['an area with 3 decimals', { areaMu: '0.001' }, 'BAD_USER_INPUT', 'areaMu'],
      ['a base that does not exist', { id: '999999' }, 'NOT_FOUND', 'id'],
    ])('refuses %s and changes nothing', async (_label, raw, code, field) => {
      const name = `不变基地（${_label}）`;
      const id = await createBase({ name });
      const { villageKey, ...changes } = raw;
      const error = await t.admin.fails(UPDATE, { input: { id, ...changes, ...(villageKey ? { villageId: place.town } : {}) } });
      expect(error.extensions?.code).toBe(code);
      expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      const [row] = await sql<{ name: string; village_id: string; area_mu: string }>(
        t,
        'SELECT name, village_id::text, area_mu::text FROM base WHERE id = $1',
        [id],
      );
      expect(row).toEqual({ name, village_id: place.village, area_mu: '120.50' });
    });

    it('moves a base to another village when nothing ties it to the old one', async () => {
      const id = await createBase({ name: '搬迁基地' });
      const village = await divisionFixture(t, 'VILLAGE', place.town, '新村');
      const data = await t.admin.ok(UPDATE, { input: { id, villageId: village } });
      expect(data.updateBase).toMatchObject({ villageId: village, village: { id: village }, town: { id: place.town } });
    });

    it('refuses (CONFLICT) to move a base away from the village of its match', async () => {
      const id = await createBase({ name: '有对接的基地' });
      await matchFixture(t, { enterpriseId: enterprise, villageId: place.village, baseId: id });
      const village = await divisionFixture(t, 'VILLAGE', place.town, '另一村');
      const error = await t.admin.fails(UPDATE, { input: { id, villageId: village } });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.extensions?.fields?.map((problem) => problem.field)).toEqual(['villageId']);
      expect(error.message).toMatch(/对接/);
      const [row] = await sql<{ village_id: string }>(t, 'SELECT village_id::text FROM base WHERE id = $1', [id]);
      expect(row.village_id).toBe(place.village);
    });
  });

  describe('deletes', () => {
    it('deletes a base nothing refers to', async () => {
      const id = await createBase({ name: '临时基地' });
      expect((await t.admin.ok(DELETE, { id })).deleteBase).toBe(id);
      expect((await t.admin.ok(ONE, { id })).base).toBeNull();
    });

    it('refuses with NOT_FOUND for a base that does not exist', async () => {
      expect((await t.admin.fails(DELETE, { id: '999999' })).extensions?.code).toBe('NOT_FOUND');
    });

    it.each([
      [
        'a match',
        /对接/,
        async (t: TestApp, baseId: string, enterpriseId: string, villageId: string) => {
          await matchFixture(t, { enterpriseId, villageId, baseId });
        },
      ],
      [
        'a service activity',
        /服务活动/,
        async (t: TestApp, baseId: string) => {
          const team = await teamFixture(t, await memberFixture(t));
          await sql(t, `INSERT INTO service_activity (team_id, base_id, date, topic) VALUES ($1, $2, '2024-05-01', '葡萄修剪')`, [
            team,
            baseId,
          ]);
        },
      ],
      [
        'an outcome record',
        /成效记录/,
        async (t: TestApp, baseId: string) => {
          await sql(t, `INSERT INTO outcome_record (period, base_id, area_mu) VALUES ('2024', $1, 100)`, [baseId]);
        },
      ],
    ])('refuses (CONFLICT) while %s refers to it', async (_label, message, refer) => {
      const id = await createBase({ name: `被引用的基地（${_label}）` });
      await refer(t, id, enterprise, place.village);
      const error = await t.admin.fails(DELETE, { id });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.message).toMatch(message);
      expect((await t.admin.ok(ONE, { id })).base).not.toBeNull();
    });
  });

  describe('natural key: one name per village (UQ_base_village_name)', () => {
    it('refuses (CONFLICT) a second base of the same name in the village, naming the first, and stores nothing', async () => {
      const first = await createBase({ name: '同名葡萄基地' });
      const before = await countRows(t, 'base');
      const error = await t.admin.fails(CREATE, { input: buildBaseInput({ name: ' 同名葡萄基地 ' }) });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.extensions?.fields?.map((problem) => problem.field)).toEqual(['name']);
      expect(error.message).toMatch(new RegExp(`已有名为“同名葡萄基地”的基地（编号 ${first}）`));
      expect(await countRows(t, 'base')).toBe(before);
    });

    it('allows the same name in another village', async () => {
      await createBase({ name: '两村同名基地' });
      const village = await divisionFixture(t, 'VILLAGE', place.town, '邻村');
      const data = await t.admin.ok(CREATE, { input: buildBaseInput({ name: '两村同名基地', villageId: village }) });
      expect(data.createBase.villageId).toBe(village);
    });

    it('refuses (CONFLICT) renaming a base to a name its village already has, and changes nothing', async () => {
      const taken = await createBase({ name: '先到的基地' });
      const id = await createBase({ name: '后到的基地' });
      const error = await t.admin.fails(UPDATE, { input: { id, name: '先到的基地' } });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.message).toMatch(new RegExp(`编号 ${taken}`));
      expect((await t.admin.ok(ONE, { id })).base?.name).toBe('后到的基地');
    });

    it('lets a base keep its own name on update', async () => {
      const id = await createBase({ name: '自己的名字' });
      expect((await t.admin.ok(UPDATE, { input: { id, name: '自己的名字', industry: '茶叶' } })).updateBase.industry).toBe('茶叶');
    });

    it('is held by the database too (a write that skips the service)', async () => {
      await createBase({ name: '库里同名基地' });
      await expect(sql(t, `INSERT INTO base (name, village_id) VALUES ('库里同名基地', $1)`, [place.village])).rejects.toThrow(
        /UQ_base_village_name/,
      );
    });
  });

  it('lets a VIEWER read but not write', async () => {
    const viewer = await t.clientWithRole('VIEWER');
    const id = await createBase({ name: '只读基地' });
    expect((await viewer.ok(ONE, { id })).base?.name).toBe('只读基地');
    const before = await countRows(t, 'base');
    for (const write of [
      () => viewer.fails(CREATE, { input: buildBaseInput() }),
      () => viewer.fails(UPDATE, { input: { id, name: '改名' } }),
      () => viewer.fails(DELETE, { id }),
    ]) {
      expect((await write()).extensions?.code).toBe('FORBIDDEN');
    }
    expect(await countRows(t, 'base')).toBe(before);
    expect((await t.admin.ok(ONE, { id })).base?.name).toBe('只读基地');
  });

  it('refuses an anonymous caller', async () => {
    expect((await t.anonymous.fails(LIST)).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
