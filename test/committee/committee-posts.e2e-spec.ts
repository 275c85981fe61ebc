import { graphql } from '../generated/gql.js';
import { countRows, sql } from '../support/database.js';
import { memberFixture } from '../support/fixtures.js';
import { clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE_UNIT = graphql(`
  mutation CommitteeCreateUnit($input: CreateHandlingUnitInput!) {
    createHandlingUnit(input: $input) {
      id
      name
      contact
    }
  }
`);
const UPDATE_UNIT = graphql(`
  mutation CommitteeUpdateUnit($input: UpdateHandlingUnitInput!) {
    updateHandlingUnit(input: $input) {
      id
      name
      contact
    }
  }
`);
const DELETE_UNIT = graphql(`
  mutation CommitteeDeleteUnit($id: ID!) {
    deleteHandlingUnit(id: $id)
  }
`);
const UNITS = graphql(`
  query CommitteeUnits($search: String) {
    handlingUnits(search: $search) {
      items {
        name
      }
      totalItems
    }
  }
`);
const SET_POST = graphql(`
  mutation CommitteeSetPost($input: SetCommitteePostInput!) {
    setCommitteePost(input: $input) {
      id
      committeePost {
        kind
        handlingUnit {
          name
        }
        member {
          name
        }
      }
    }
  }
`);
const WHO_AM_I = graphql(`
  query CommitteeWhoAmI {
    whoAmI {
      committeePost {
        kind
        handlingUnit {
          name
        }
      }
    }
  }
`);
const REMOVE_POST = graphql(`
  mutation CommitteeRemovePost($userId: ID!) {
    removeCommitteePost(userId: $userId) {
      committeePost {
        kind
      }
    }
  }
`);

describe('the committee: handling units and accounts’ posts', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('lets the committee office keep the handling units, and refuses an editor without the post', async () => {
    const editor = await clientWithScope(t, 'EDITOR', null);
    const refused = await editor.fails(CREATE_UNIT, { input: { name: '东兰县农业农村局' } });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    expect(refused.message).toContain('政协办');
    expect(await countRows(t, 'handling_unit')).toBe(0);

    await t.admin.ok(SET_POST, { input: { userId: editor.userId, kind: 'OFFICE' } });
    const created = await editor.ok(CREATE_UNIT, { input: { name: '东兰县农业农村局', contact: '办公室 0778-1234567' } });
    expect(created.createHandlingUnit).toMatchObject({ name: '东兰县农业农村局', contact: '办公室 0778-1234567' });

    const renamed = await editor.ok(UPDATE_UNIT, { input: { id: created.createHandlingUnit.id, contact: null } });
    expect(renamed.updateHandlingUnit.contact).toBeNull();

    const viewer = await clientWithScope(t, 'VIEWER', null);
    const listed = await viewer.ok(UNITS, { search: '农业' });
    expect(listed.handlingUnits.items.map((unit) => unit.name)).toEqual(['东兰县农业农村局']);

    const audited = await sql<{ action: string }>(t, `SELECT action FROM audit_entry WHERE entity_type = 'handling_unit' ORDER BY id`);
    expect(audited.map((row) => row.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it.each([
    ['a blank name', { name: '  ' }, 'BAD_USER_INPUT', 'name'],
    ['a name over 100 characters', { name: '局'.repeat(101) }, 'BAD_USER_INPUT', 'name'],
    ['a name already used', { name: '东兰县水利局' }, 'CONFLICT', 'name'],
  ])('refuses a unit with %s and stores nothing', async (_label, input, code, field) => {
    await t.admin.ok(CREATE_UNIT, { input: { name: '东兰县水利局' } }).catch(() => undefined);
    const before = await countRows(t, 'handling_unit');
    const error = await t.admin.fails(CREATE_UNIT, { input });
    expect(error.extensions?.code).toBe(code);
    expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
    expect(await countRows(t, 'handling_unit')).toBe(before);
  });

  it('gives an account a unit’s or a member’s post, checks what the post names, and takes it away', async () => {
    const unit = (await t.admin.ok(CREATE_UNIT, { input: { name: '东兰县林业局' } })).createHandlingUnit;
    const memberId = await memberFixture(t, '韦委员');
    const staff = await clientWithScope(t, 'VIEWER', null);
    const own = await clientWithScope(t, 'VIEWER', null);

    const asStaff = await t.admin.ok(SET_POST, { input: { userId: staff.userId, kind: 'UNIT', handlingUnitId: unit.id } });
    expect(asStaff.setCommitteePost.committeePost).toEqual({ kind: 'UNIT', handlingUnit: { name: '东兰县林业局' }, member: null });
    const asMember = await t.admin.ok(SET_POST, { input: { userId: own.userId, kind: 'MEMBER', memberId } });
    expect(asMember.setCommitteePost.committeePost).toEqual({
      kind: 'MEMBER',
      handlingUnit: null,
      member: { name: expect.stringMatching(/^韦委员/) },
    });

    // The console shows each post its pages from whoAmI.
    expect((await staff.ok(WHO_AM_I)).whoAmI.committeePost).toEqual({ kind: 'UNIT', handlingUnit: { name: '东兰县林业局' } });
    expect((await t.admin.ok(WHO_AM_I)).whoAmI.committeePost).toBeNull();

    const second = await clientWithScope(t, 'VIEWER', null);
    const taken = await t.admin.fails(SET_POST, { input: { userId: second.userId, kind: 'MEMBER', memberId } });
    expect(taken.extensions?.fields?.[0]?.field).toBe('memberId');
    const noUnit = await t.admin.fails(SET_POST, { input: { userId: second.userId, kind: 'UNIT' } });
    expect(noUnit.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'handlingUnitId' }] });
    const unknownUnit = await t.admin.fails(SET_POST, { input: { userId: second.userId, kind: 'UNIT', handlingUnitId: '999999' } });
    expect(unknownUnit.extensions?.code).toBe('NOT_FOUND');

    // A unit keeps its staff: it is renamed, never deleted from under them.
    const kept = await t.admin.fails(DELETE_UNIT, { id: unit.id });
    expect(kept.extensions?.code).toBe('CONFLICT');
    expect(kept.message).toContain('工作人员账号');

    const removed = await t.admin.ok(REMOVE_POST, { userId: staff.userId });
    expect(removed.removeCommitteePost.committeePost).toBeNull();
    expect(await t.admin.ok(DELETE_UNIT, { id: unit.id })).toEqual({ deleteHandlingUnit: unit.id });
  });

  it('lets only administrators hand out posts', async () => {
    const editor = await clientWithScope(t, 'EDITOR', null);
    const error = await editor.fails(SET_POST, { input: { userId: editor.userId, kind: 'OFFICE' } });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    const posts = await sql(t, `SELECT 1 FROM committee_post WHERE user_id = $1`, [editor.userId]);
    expect(posts).toHaveLength(0);
  });
});
