import { DataSource } from 'typeorm';

import { countRows, sql } from '../support/database.js';
import { baseFixture, divisionFixture, enterpriseFixture, matchFixture, placeFixture, type PlaceFixture } from '../support/fixtures.js';
import { GraphqlClient } from '../support/graphql-client.js';
import { clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TransactionProbeModule } from '../support/transaction-probe.module.js';

const AUDIT = `query($filter: AuditFilter, $skip: Int, $take: Int) {
  auditLog(filter: $filter, skip: $skip, take: $take) {
    items { id at actor { id name kind } action entityType entityId before after }
    totalItems
  }
}`;
const ME = `query { me { id username } }`;
const CREATE_BASE = `mutation($input: CreateBaseInput!) { createBase(input: $input) { id } }`;
const UPDATE_BASE = `mutation($input: UpdateBaseInput!) { updateBase(input: $input) { id version } }`;
const DELETE_BASE = `mutation($id: ID!) { deleteBase(id: $id) }`;
const RECORD = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`;
const UPDATE_RECORD = `mutation($input: UpdateOutcomeRecordInput!) { updateOutcomeRecord(input: $input) { id } }`;
const DELETE_RECORD = `mutation($id: ID!) { deleteOutcomeRecord(id: $id) }`;
const SUBMIT = `mutation($ids: [ID!]!) { submitOutcomes(ids: $ids) { id } }`;
const APPROVE = `mutation($ids: [ID!]!) { approveOutcomes(ids: $ids) { id } }`;
const RETURN = `mutation($ids: [ID!]!, $reason: String!) { returnOutcomes(ids: $ids, reason: $reason) { id } }`;
const REOPEN = `mutation($ids: [ID!]!, $reason: String!) { reopenOutcomes(ids: $ids, reason: $reason) { id } }`;

interface AuditItem {
  id: string;
  at: string;
  actor: { id: string | null; name: string | null; kind: string };
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

interface AuditPage {
  items: AuditItem[];
  totalItems: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the audit trail (审计日志)', () => {
  let t: TestApp;
  let place: PlaceFixture;
  let otherVillage: string;
  let admin: { id: string; username: string };
  let editor: GraphqlClient;
  let editorId: string;
  let secondEditor: GraphqlClient;
  let secondEditorId: string;

  const audit = async (client: GraphqlClient, filter: Record<string, unknown> = {}, skip?: number, take?: number): Promise<AuditPage> =>
    (await client.ok(AUDIT, { filter, skip, take })).auditLog;
  const entriesOf = async (entityType: string, entityId: string) => (await audit(t.admin, { entityType, entityId })).items;
  const userIdOf = async (client: GraphqlClient) => (await client.ok(ME)).me.id as string;

  beforeAll(async () => {
    t = await startTestApp({ extraModules: [TransactionProbeModule] });
    place = await placeFixture(t);
    const otherTown = await divisionFixture(t, 'TOWN', place.county, '邻镇');
    otherVillage = await divisionFixture(t, 'VILLAGE', otherTown, '邻村');
    admin = (await t.admin.ok(ME)).me;
    editor = await t.clientWithRole('EDITOR');
    editorId = await userIdOf(editor);
    secondEditor = await t.clientWithRole('EDITOR');
    secondEditorId = await userIdOf(secondEditor);
  });
  afterAll(() => t.close());

  describe("a base's life", () => {
    let base: string;
    let startedAt: number;

    it('records the creation with the actor and the row after', async () => {
      startedAt = Date.now();
      const { createBase } = await t.admin.ok(CREATE_BASE, {
        input: { name: '审计示范基地', villageId: place.village, areaMu: '12.5', industry: '葡萄', operatingModel: '支部+基地+农户' },
      });
      base = createBase.id;
      const [entry] = await entriesOf('Base', base);
      expect(entry).toMatchObject({
        actor: { id: admin.id, name: 'admin', kind: 'USER' },
        action: 'CREATE',
        entityType: 'Base',
        entityId: base,
        before: null,
        after: {
          id: Number(base),
          name: '审计示范基地',
          village_id: Number(place.village),
          area_mu: 12.5,
          industry: '葡萄',
          operating_model: '支部+基地+农户',
          version: 1,
        },
      });
      const at = Date.parse(entry.at);
      expect(at).toBeGreaterThanOrEqual(startedAt - 1000);
      expect(at).toBeLessThanOrEqual(Date.now() + 1000);
    });

    it('records an update with the row before and after', async () => {
      await t.admin.ok(UPDATE_BASE, { input: { id: base, name: '审计示范基地（扩建）', areaMu: '30', version: 1 } });
      const [entry] = await entriesOf('Base', base);
      expect(entry).toMatchObject({
        actor: { id: admin.id, name: 'admin', kind: 'USER' },
        action: 'UPDATE',
        entityId: base,
        before: { name: '审计示范基地', area_mu: 12.5, industry: '葡萄', version: 1 },
        after: { name: '审计示范基地（扩建）', area_mu: 30, industry: '葡萄', version: 2 },
      });
    });

    it.each([
      ['a stale version', () => ({ id: base, name: '不该写入', version: 1 }), 'CONFLICT'],
      ['a village that does not exist', () => ({ id: base, villageId: '987654321' }), 'NOT_FOUND'],
      ['a blank name', () => ({ id: base, name: '   ' }), 'BAD_USER_INPUT'],
    ])('leaves no entry for an update refused for %s', async (_why, input, code) => {
      const entries = await countRows(t, 'audit_entry');
      expect((await t.admin.fails(UPDATE_BASE, { input: input() })).extensions?.code).toBe(code);
      expect(await countRows(t, 'audit_entry')).toBe(entries);
    });

    it("keeps the deleted row's last state in the DELETE entry, newest entry first", async () => {
      await t.admin.ok(DELETE_BASE, { id: base });
      const entries = await entriesOf('Base', base);
      expect(entries.map((entry) => entry.action)).toEqual(['DELETE', 'UPDATE', 'CREATE']);
      expect(entries[0]).toMatchObject({
        actor: { id: admin.id, kind: 'USER' },
        entityType: 'Base',
        entityId: base,
        before: {
          id: Number(base),
          name: '审计示范基地（扩建）',
          village_id: Number(place.village),
          area_mu: 30,
          industry: '葡萄',
          version: 2,
        },
        after: null,
      });
      expect(Number(entries[0].id)).toBeGreaterThan(Number(entries[1].id));
    });
  });

  describe('same transaction as the change', () => {
    const PROBE = `mutation($name: String!, $fail: Boolean) { probeTransaction(name: $name, fail: $fail) }`;

    it("writes the entry of a use case's write inside its transaction (the probe, committed)", async () => {
      const { probeTransaction: id } = await editor.ok(PROBE, { name: '探针企业（提交）', fail: false });
      const [entry] = await entriesOf('Enterprise', id);
      expect(entry).toMatchObject({ action: 'CREATE', actor: { id: editorId, kind: 'USER' }, after: { name: '探针企业（提交）' } });
    });

    it('leaves no entry when the use case fails after its write (the probe, rolled back)', async () => {
      const entries = await countRows(t, 'audit_entry');
      const error = await editor.fails(PROBE, { name: '探针企业（回滚）', fail: true });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(await sql(t, `SELECT id FROM enterprise WHERE name = '探针企业（回滚）'`)).toEqual([]);
      expect(await countRows(t, 'audit_entry')).toBe(entries);
    });

    it('leaves no entry when the database refuses the change', async () => {
      // The base's record names a match of its village that has no base: moving the base away is refused by a trigger.
      const enterprise = await enterpriseFixture(t);
      const base = await baseFixture(t, place.village);
      const villageMatch = await matchFixture(t, { enterpriseId: enterprise, villageId: place.village });
      await editor.ok(RECORD, { input: { period: '2024', baseId: base, matchId: villageMatch, jobsPersonTimes: '10' } });
      const entries = await countRows(t, 'audit_entry');
      const [before] = await sql(t, `SELECT to_jsonb(b) AS row FROM base b WHERE id = $1`, [base]);

      const error = await editor.fails(UPDATE_BASE, { input: { id: base, villageId: otherVillage } });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'villageId' }] });
      expect(error.message).toContain('成效记录');
      expect(await countRows(t, 'audit_entry')).toBe(entries);
      expect(await sql(t, `SELECT to_jsonb(b) AS row FROM base b WHERE id = $1`, [base])).toEqual([before]);
    });

    it('writes the entry inside the writing transaction whatever the road: a rollback in SQL takes both away', async () => {
      const entries = await countRows(t, 'audit_entry');
      const runner = t.app.get(DataSource).createQueryRunner();
      try {
        await runner.startTransaction();
        await runner.query(`INSERT INTO base (name, village_id) VALUES ('回滚基地', $1)`, [place.village]);
        const [inside] = await runner.query(`SELECT count(*)::int AS count FROM audit_entry`);
        expect(inside.count).toBe(entries + 1);
        await runner.rollbackTransaction();
      } finally {
        await runner.release();
      }
      expect(await countRows(t, 'audit_entry')).toBe(entries);
      expect(await sql(t, `SELECT id FROM base WHERE name = '回滚基地'`)).toEqual([]);
    });
  });

  describe('an outcome record through approval', () => {
    let record: string;

    it('names every step: CREATE, UPDATE, SUBMIT, APPROVE, REOPEN, SUBMIT, RETURN, DELETE', async () => {
      const base = await baseFixture(t, place.village);
      ({
        recordOutcome: { id: record },
      } = await editor.ok(RECORD, { input: { period: '2024', baseId: base, householdRentYuan: '200000' } }));
      await editor.ok(UPDATE_RECORD, { input: { id: record, householdRentYuan: '210000.5' } });
      await editor.ok(SUBMIT, { ids: [record] });
      await secondEditor.ok(APPROVE, { ids: [record] });
      await t.admin.ok(REOPEN, { ids: [record], reason: '重新核对' });
      await editor.ok(SUBMIT, { ids: [record] });
      await secondEditor.ok(RETURN, { ids: [record], reason: '缺少来源' });
      await editor.ok(DELETE_RECORD, { id: record });

      const entries = (await entriesOf('OutcomeRecord', record)).reverse();
      expect(entries.map((entry) => [entry.action, entry.actor.id])).toEqual([
        ['CREATE', editorId],
        ['UPDATE', editorId],
        ['SUBMIT', editorId],
        ['APPROVE', secondEditorId],
        ['REOPEN', admin.id],
        ['SUBMIT', editorId],
        ['RETURN', secondEditorId],
        ['DELETE', editorId],
      ]);
      expect(
        entries.every((entry) => entry.entityType === 'OutcomeRecord' && entry.entityId === record && entry.actor.kind === 'USER'),
      ).toBe(true);
      const [created, updated, , approved, reopened, , returned, deleted] = entries;
      expect(created.after).toMatchObject({ household_rent_yuan: 200000, status: 'DRAFT', base_id: Number(base) });
      expect(updated.before).toMatchObject({ household_rent_yuan: 200000 });
      expect(updated.after).toMatchObject({ household_rent_yuan: 210000.5 });
      expect(approved.before).toMatchObject({ status: 'SUBMITTED' });
      expect(approved.after).toMatchObject({ status: 'APPROVED', approved_at: expect.any(String) });
      expect(reopened.after).toMatchObject({ status: 'DRAFT', status_reason: '重新核对', approved_at: null });
      expect(returned.after).toMatchObject({ status: 'RETURNED', status_reason: '缺少来源' });
      expect(deleted.before).toMatchObject({ status: 'RETURNED', status_reason: '缺少来源', household_rent_yuan: 210000.5 });
      expect(deleted.after).toBeNull();
    });
  });

  describe('accounts and keys: no secrets in the trail', () => {
    const noSecretKeys = (entry: AuditItem) =>
      [entry.before, entry.after].every((row) => row === null || (!('password_hash' in row) && !('key_hash' in row)));

    it("records a user's own password change as CHANGE_PASSWORD, without the hash", async () => {
      const username = `audit-pw-${Date.now()}`;
      const { createUser } = await t.admin.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: { username, password: 'password-123', role: 'VIEWER' },
      });
      const viewer = await t.anonymous.signIn(username, 'password-123');
      await viewer.ok(`mutation { changePassword(oldPassword: "password-123", newPassword: "another-pass-456") }`);

      const [changed, created] = await entriesOf('User', createUser.id);
      expect(created).toMatchObject({
        action: 'CREATE',
        actor: { id: admin.id, kind: 'USER' },
        before: null,
        after: { username, role: 'VIEWER' },
      });
      expect(changed).toMatchObject({
        action: 'CHANGE_PASSWORD',
        entityType: 'User',
        entityId: createUser.id,
        actor: { id: createUser.id, name: username, kind: 'USER' },
        before: { username, version: 1 },
        after: { username, version: 2 },
      });
      expect([changed, created].every(noSecretKeys)).toBe(true);
    });

    it('records a password set by an administrator (updateUser) as CHANGE_PASSWORD, and a plain change as UPDATE', async () => {
      const username = `audit-reset-${Date.now()}`;
      const { createUser } = await t.admin.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: { username, password: 'password-123', role: 'VIEWER' },
      });
      const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`;
      await t.admin.ok(UPDATE_USER, { input: { id: createUser.id, password: 'reset-pass-789' } });
      await t.admin.ok(UPDATE_USER, { input: { id: createUser.id, role: 'EDITOR' } });
      const [roleChange, reset] = await entriesOf('User', createUser.id);
      expect(reset).toMatchObject({ action: 'CHANGE_PASSWORD', actor: { id: admin.id, name: 'admin' } });
      expect(roleChange).toMatchObject({ action: 'UPDATE', before: { role: 'VIEWER' }, after: { role: 'EDITOR' } });
      expect([roleChange, reset].every(noSecretKeys)).toBe(true);
    });

    it("records an API key's creation and REVOKE without the key or its hash, and not its every use", async () => {
      const { createApiKey } = await t.admin.ok(
        `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } } }`,
        { input: { name: '统计局看板', role: 'VIEWER' } },
      );
      const keyId = createApiKey.apiKey.id;
      const keyClient = new GraphqlClient(t.url, createApiKey.key);
      await keyClient.ok(`query { bases(take: 1) { totalItems } }`);
      await keyClient.ok(`query { bases(take: 1) { totalItems } }`);
      expect((await sql(t, `SELECT last_used_at IS NOT NULL AS used FROM api_key WHERE id = $1`, [keyId]))[0]).toEqual({ used: true });
      await t.admin.ok(`mutation($id: ID!) { revokeApiKey(id: $id) }`, { id: keyId });

      const entries = await entriesOf('ApiKey', keyId);
      expect(entries.map((entry) => entry.action)).toEqual(['REVOKE', 'CREATE']);
      expect(entries[1]).toMatchObject({
        actor: { id: admin.id, kind: 'USER' },
        before: null,
        after: { name: '统计局看板', role: 'VIEWER', revoked_at: null },
      });
      expect(entries[0]).toMatchObject({ before: { revoked_at: null }, after: { revoked_at: expect.any(String) } });
      expect(entries.every(noSecretKeys)).toBe(true);
      expect(JSON.stringify(entries)).not.toContain(createApiKey.key);
    });

    it('holds no password hash, key hash or key anywhere in the trail', async () => {
      const [leaks] = await sql<{ count: number }>(
        t,
        `SELECT count(*)::int AS count FROM audit_entry a
          WHERE a.before ? 'password_hash' OR a.after ? 'password_hash' OR a.before ? 'key_hash' OR a.after ? 'key_hash'
             OR EXISTS (SELECT 1 FROM app_user u WHERE strpos(concat(a.before::text, a.after::text), u.password_hash) > 0)
             OR EXISTS (SELECT 1 FROM api_key k WHERE strpos(concat(a.before::text, a.after::text), k.key_hash) > 0)`,
      );
      expect(leaks.count).toBe(0);
    });
  });

  describe('reading the trail', () => {
    let baseA: string;
    let baseB: string;
    /** Three bases created by the second editor, a pause apart, for the time and paging filters. */
    let paced: string[] = [];
    let pacedAt: string[] = [];

    beforeAll(async () => {
      baseA = (await t.admin.ok(CREATE_BASE, { input: { name: '本镇基地', villageId: place.village } })).createBase.id;
      baseB = (await t.admin.ok(CREATE_BASE, { input: { name: '邻镇基地', villageId: otherVillage } })).createBase.id;
      paced = [];
      for (const name of ['分页基地一', '分页基地二', '分页基地三']) {
        await pause(30);
        paced.push((await secondEditor.ok(CREATE_BASE, { input: { name, villageId: place.village } })).createBase.id);
      }
      pacedAt = await Promise.all(paced.map(async (id) => (await entriesOf('Base', id))[0].at));
    });

    it('filters by entity type and id', async () => {
      const page = await audit(t.admin, { entityType: 'Base', entityId: baseA });
      expect(page.totalItems).toBe(1);
      expect(page.items[0]).toMatchObject({ action: 'CREATE', entityType: 'Base', entityId: baseA });
      const bases = await audit(t.admin, { entityType: 'Base' }, 0, 100);
      const [stored] = await sql<{ count: number }>(t, `SELECT count(*)::int AS count FROM audit_entry WHERE entity_type = 'base'`);
      expect(bases.totalItems).toBe(stored.count);
      expect(bases.items.every((entry) => entry.entityType === 'Base')).toBe(true);
    });

    it('filters by actor', async () => {
      const page = await audit(t.admin, { actorId: secondEditorId }, 0, 100);
      const [stored] = await sql<{ count: number }>(
        t,
        `SELECT count(*)::int AS count FROM audit_entry WHERE actor_kind = 'USER' AND actor_id = $1`,
        [secondEditorId],
      );
      expect(page.totalItems).toBe(stored.count);
      expect(page.totalItems).toBeGreaterThanOrEqual(5);
      expect(page.items.every((entry) => entry.actor.id === secondEditorId && entry.actor.kind === 'USER')).toBe(true);
      expect(page.items.filter((entry) => entry.entityType === 'Base').map((entry) => entry.entityId)).toEqual([...paced].reverse());
    });

    it('filters by time: from is inclusive, to is exclusive', async () => {
      // The first paced entry's `at` (to the millisecond) bounds the window; the pauses keep the others apart.
      const first = new Date(Date.parse(pacedAt[0]) + 1).toISOString();
      const second = new Date(Date.parse(pacedAt[1]) + 1).toISOString();
      const byEditor = { actorId: secondEditorId, entityType: 'Base' };
      expect((await audit(t.admin, { ...byEditor, from: first })).items.map((entry) => entry.entityId)).toEqual([paced[2], paced[1]]);
      expect((await audit(t.admin, { ...byEditor, to: first })).items.map((entry) => entry.entityId)).toEqual([paced[0]]);
      expect((await audit(t.admin, { ...byEditor, from: first, to: second })).items.map((entry) => entry.entityId)).toEqual([paced[1]]);
    });

    it('pages, newest first, with the total of the whole filter', async () => {
      const filter = { actorId: secondEditorId, entityType: 'Base' };
      const page = await audit(t.admin, filter, 1, 1);
      expect(page).toMatchObject({ totalItems: 3, items: [{ entityId: paced[1] }] });
      expect((await audit(t.admin, filter, 3, 10)).items).toEqual([]);
    });

    it('refuses an unknown entity type (BAD_USER_INPUT)', async () => {
      const error = await t.admin.fails(AUDIT, { filter: { entityType: 'audit_entry' } });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses a viewer (FORBIDDEN)', async () => {
      const viewer = await t.clientWithRole('VIEWER');
      expect((await viewer.fails(AUDIT, {})).extensions?.code).toBe('FORBIDDEN');
    });

    it('shows an editor limited to one town the changes of rows in that town, not of another town', async () => {
      const townEditor = await clientWithScope(t, 'EDITOR', place.town);
      expect((await audit(townEditor, { entityType: 'Base', entityId: baseA })).totalItems).toBe(1);
      expect((await audit(townEditor, { entityType: 'Base', entityId: baseB })).totalItems).toBe(0);
      const everything = await audit(townEditor, { entityType: 'Base' }, 0, 100);
      expect(everything.items.map((entry) => entry.entityId)).toContain(baseA);
      expect(everything.items.map((entry) => entry.entityId)).not.toContain(baseB);
      // An unscoped editor sees both.
      expect((await audit(editor, { entityType: 'Base', entityId: baseB })).totalItems).toBe(1);
    });
  });

  describe('entries are permanent', () => {
    it('has no operation that changes or deletes entries', async () => {
      const { __schema } = await t.admin.ok(`query { __schema { mutationType { fields { name } } } }`);
      const names: string[] = __schema.mutationType.fields.map((field: { name: string }) => field.name);
      expect(names.filter((name) => /audit/i.test(name))).toEqual([]);
    });

    it.each([
      ['UPDATE', `UPDATE audit_entry SET action = 'CREATE', after = NULL`],
      ['DELETE', `DELETE FROM audit_entry`],
      ['DELETE of one entry', `DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)`],
      ['TRUNCATE', `TRUNCATE audit_entry`],
    ])('refuses %s in SQL and keeps every entry', async (_statement, statement) => {
      const entries = await countRows(t, 'audit_entry');
      const [snapshot] = await sql<{ digest: string }>(
        t,
        `SELECT md5(string_agg(to_jsonb(a)::text, ',' ORDER BY id)) AS digest FROM audit_entry a`,
      );
      await expect(sql(t, statement)).rejects.toThrow(/audit entries are permanent/);
      expect(await countRows(t, 'audit_entry')).toBe(entries);
      expect(await sql(t, `SELECT md5(string_agg(to_jsonb(a)::text, ',' ORDER BY id)) AS digest FROM audit_entry a`)).toEqual([snapshot]);
    });
  });
});
