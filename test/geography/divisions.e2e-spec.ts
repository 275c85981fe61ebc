import { graphql } from '../generated/gql.js';
import type { CreateDivisionInput } from '../generated/graphql.js';
import { countRows } from '../support/database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE = graphql(`
  mutation DivisionsCreate($input: CreateDivisionInput!) {
    createDivision(input: $input) {
      id
      name
      level
      code
      parentId
      parent {
        id
        name
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation DivisionsUpdate($input: UpdateDivisionInput!) {
    updateDivision(input: $input) {
      id
      name
      level
      code
      parentId
    }
  }
`);
const DELETE = graphql(`
  mutation DivisionsDelete($id: ID!) {
    deleteDivision(id: $id)
  }
`);
const DIVISION_TREE = graphql(`
  query DivisionsTree($id: ID!) {
    division(id: $id) {
      name
      parent {
        name
      }
      children {
        name
        level
      }
    }
  }
`);
const TOWNS_AND_CHILDREN = graphql(`
  query DivisionsTownsAndChildren($parentId: ID!) {
    towns: divisions(level: TOWN) {
      items {
        name
      }
      totalItems
    }
    under: divisions(parentId: $parentId) {
      items {
        name
      }
      totalItems
    }
  }
`);
const DIVISION_ID = graphql(`
  query DivisionsId($id: ID!) {
    division(id: $id) {
      id
    }
  }
`);

describe('divisions (行政区划)', () => {
  let t: TestApp;
  let province: string;
  let county: string;
  let town: string;

  beforeAll(async () => {
    t = await startTestApp();
    province = (await t.admin.ok(CREATE, { input: { name: '广西壮族自治区', level: 'PROVINCE', code: '450000000000' } })).createDivision.id;
    county = (await t.admin.ok(CREATE, { input: { name: '东兰县', level: 'COUNTY', code: '451224000000', parentId: province } }))
      .createDivision.id;
    town = (await t.admin.ok(CREATE, { input: { name: '武篆镇', level: 'TOWN', parentId: county } })).createDivision.id;
  });
  afterAll(() => t.close());

  it('builds the tree and answers parent and children', async () => {
    const data = await t.admin.ok(DIVISION_TREE, { id: county });
    expect(data.division).toEqual({ name: '东兰县', parent: { name: '广西壮族自治区' }, children: [{ name: '武篆镇', level: 'TOWN' }] });
  });

  it('lists by level and by parent with totals', async () => {
    const data = await t.admin.ok(TOWNS_AND_CHILDREN, { parentId: province });
    expect(data.towns).toEqual({ items: [{ name: '武篆镇' }], totalItems: 1 });
    expect(data.under.totalItems).toBe(1);
  });

  it.each<[string, CreateDivisionInput & { parentKey?: 'town' }, string, string]>([
    ['a blank name', { name: '   ', level: 'VILLAGE' }, 'BAD_USER_INPUT', 'name'],
    ['a code of the wrong length', { name: '东里村', level: 'VILLAGE', code: '4512' }, 'BAD_USER_INPUT', 'code'],
    ['a level not below the parent', { name: '东里村', level: 'COUNTY', parentKey: 'town' }, 'BAD_USER_INPUT', 'level'],
    ['a missing parent', { name: '东里村', level: 'VILLAGE', parentId: '999999' }, 'NOT_FOUND', 'parentId'],
    ['a code already used', { name: '另一个县', level: 'COUNTY', code: '451224000000' }, 'CONFLICT', 'code'],
  ])('refuses %s and stores nothing', async (_label, raw, code, field) => {
    const { parentKey, ...input } = raw;
    const before = await countRows(t, 'division');
    const error = await t.admin.fails(CREATE, { input: { ...input, ...(parentKey ? { parentId: town } : {}) } });
    expect(error.extensions?.code).toBe(code);
    expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await countRows(t, 'division')).toBe(before);
  });

  it('refuses to move a division under its own descendant', async () => {
    const error = await t.admin.fails(UPDATE, { input: { id: county, parentId: town } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('updates only the fields given and refuses clearing the name', async () => {
    const data = await t.admin.ok(UPDATE, { input: { id: town, code: '451224101000' } });
    expect(data.updateDivision).toMatchObject({ name: '武篆镇', code: '451224101000', level: 'TOWN' });
    const error = await t.admin.fails(UPDATE, { input: { id: town, name: null } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses to delete a division that has children, then deletes a leaf', async () => {
    const refused = await t.admin.fails(DELETE, { id: county });
    expect(refused.extensions?.code).toBe('CONFLICT');
    const leaf = (await t.admin.ok(CREATE, { input: { name: '临时村', level: 'VILLAGE', parentId: town } })).createDivision.id;
    expect((await t.admin.ok(DELETE, { id: leaf })).deleteDivision).toBe(leaf);
    expect((await t.admin.ok(DIVISION_ID, { id: leaf })).division).toBeNull();
  });

  describe('natural key: one name among siblings (UQ_division_parent_name)', () => {
    it('refuses (CONFLICT) a second village of the same name under one town, naming the first, and stores nothing', async () => {
      const first = (await t.admin.ok(CREATE, { input: { name: '东里村', level: 'VILLAGE', parentId: town } })).createDivision.id;
      const before = await countRows(t, 'division');
      const error = await t.admin.fails(CREATE, { input: { name: '东里村', level: 'VILLAGE', parentId: town } });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.extensions?.fields?.map((problem) => problem.field)).toEqual(['name']);
      expect(error.message).toBe(`“武篆镇”下已有名为“东里村”的区划（编号 ${first}）`);
      expect(await countRows(t, 'division')).toBe(before);
    });

    it('allows the name under another parent, and refuses a second root of one name', async () => {
      const other = (await t.admin.ok(CREATE, { input: { name: '长乐镇', level: 'TOWN', parentId: county } })).createDivision.id;
      expect((await t.admin.ok(CREATE, { input: { name: '东里村', level: 'VILLAGE', parentId: other } })).createDivision.parentId).toBe(
        other,
      );
      const error = await t.admin.fails(CREATE, { input: { name: '广西壮族自治区', level: 'PROVINCE' } });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.message).toMatch(/最上级已有名为“广西壮族自治区”/);
    });

    it("refuses (CONFLICT) renaming a division to a sibling's name", async () => {
      await t.admin.ok(CREATE, { input: { name: '甲村', level: 'VILLAGE', parentId: town } });
      const id = (await t.admin.ok(CREATE, { input: { name: '乙村', level: 'VILLAGE', parentId: town } })).createDivision.id;
      expect((await t.admin.fails(UPDATE, { input: { id, name: '甲村' } })).extensions?.code).toBe('CONFLICT');
      expect((await t.admin.ok(UPDATE, { input: { id, name: '乙村', code: null } })).updateDivision.name).toBe('乙村');
    });
  });
});
