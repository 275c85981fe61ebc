import { createHash } from 'node:crypto';

import { graphql } from '../generated/gql.js';
import type { ApiKeysCreateKeyMutation, CreateApiKeyInput, CreateUserInput } from '../generated/graphql.js';
import { approveAllRecords } from '../support/approval.js';
import { countRows, sql } from '../support/database.js';
import { baseFixture, divisionFixture, placeFixture } from '../support/fixtures.js';
import { GraphqlClient } from '../support/graphql-client.js';
import { clientWithScope, freshUsername, SCOPED_PASSWORD } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Issue 4, item 2: keys for other systems — shown once, kept as a hash, limited by role and
// division, noted in the audit trail, stopped at once when revoked.

graphql(`
  fragment ApiKeysKeyFields on ApiKey {
    id
    name
    role
    divisionId
    division {
      id
      name
    }
    createdAt
    lastUsedAt
    revokedAt
  }
`);
const CREATE_KEY = graphql(`
  mutation ApiKeysCreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        ...ApiKeysKeyFields
      }
    }
  }
`);
const LIST_KEYS = graphql(`
  query ApiKeysList {
    apiKeys(take: 100) {
      items {
        ...ApiKeysKeyFields
      }
      totalItems
    }
  }
`);
const REVOKE_KEY = graphql(`
  mutation ApiKeysRevoke($id: ID!) {
    revokeApiKey(id: $id)
  }
`);
const BASE = graphql(`
  query ApiKeysBase($id: ID!) {
    base(id: $id) {
      id
      name
    }
  }
`);
const BASES = graphql(`
  query ApiKeysBases {
    bases(take: 100) {
      items {
        id
      }
      totalItems
    }
  }
`);
const CREATE_BASE = graphql(`
  mutation ApiKeysCreateBase($input: CreateBaseInput!) {
    createBase(input: $input) {
      id
      name
    }
  }
`);
const UPDATE_BASE = graphql(`
  mutation ApiKeysUpdateBase($input: UpdateBaseInput!) {
    updateBase(input: $input) {
      id
      name
    }
  }
`);
const RECORD = graphql(`
  mutation ApiKeysRecord($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
    }
  }
`);
const SUMMARY = graphql(`
  query ApiKeysSummary {
    impactSummary {
      totals {
        householdRentYuan
        records
        bases
        villages
        towns
      }
    }
  }
`);
const AUDIT = graphql(`
  query ApiKeysAudit($filter: AuditFilter) {
    auditLog(filter: $filter, take: 100) {
      items {
        action
        entityType
        entityId
        actor {
          id
          name
          kind
        }
      }
      totalItems
    }
  }
`);
const API_KEY_FIELDS = graphql(`
  query ApiKeysTypeFields {
    __type(name: "ApiKey") {
      fields {
        name
      }
    }
  }
`);
const CREATE_USER = graphql(`
  mutation ApiKeysCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      divisionId
    }
  }
`);

type CreatedKey = ApiKeysCreateKeyMutation['createApiKey'];

describe('API keys', () => {
  let t: TestApp;
  let townA: string;
  let villageA: string;
  let villageB: string;
  let baseA: string;
  let baseB: string;

  beforeAll(async () => {
    t = await startTestApp();
    const place = await placeFixture(t);
    townA = place.town;
    villageA = place.village;
    const townB = await divisionFixture(t, 'TOWN', place.county, '乙镇');
    villageB = await divisionFixture(t, 'VILLAGE', townB, '乙村');
    baseA = await baseFixture(t, villageA);
    baseB = await baseFixture(t, villageB);
    await t.admin.ok(RECORD, { input: { period: '2024', baseId: baseA, householdRentYuan: '1000' } });
    await t.admin.ok(RECORD, { input: { period: '2024', baseId: baseB, householdRentYuan: '20' } });
    await approveAllRecords(t);
  });
  afterAll(() => t.close());

  async function createKey(input: CreateApiKeyInput): Promise<CreatedKey & { client: GraphqlClient }> {
    const { createApiKey } = await t.admin.ok(CREATE_KEY, { input });
    return { ...createApiKey, client: new GraphqlClient(t.url, createApiKey.key) };
  }

  it('creates a key, shows it once and keeps only its SHA-256', async () => {
    const created = await createKey({ name: '省农业农村厅数据平台', role: 'VIEWER' });
    expect(created.key).toMatch(/^rk_[A-Za-z0-9_-]{40,}$/);
    expect(created.apiKey).toMatchObject({
      name: '省农业农村厅数据平台',
      role: 'VIEWER',
      divisionId: null,
      division: null,
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(Date.parse(created.apiKey.createdAt)).toBeGreaterThan(Date.now() - 60_000);

    const [stored] = await sql<{ key_hash: string }>(t, `SELECT key_hash FROM api_key WHERE id = $1`, [created.apiKey.id]);
    expect(stored.key_hash).toBe(createHash('sha256').update(created.key).digest('hex'));

    // No column of any table holds the key itself (the key's own row, the audit trail, anything else).
    const tables = await sql<{ name: string }>(
      t,
      `SELECT quote_ident(table_name) AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['api_key', 'audit_entry']));
    for (const { name } of tables) {
      const [found] = await sql<{ n: number }>(t, `SELECT count(*)::int AS n FROM ${name} row WHERE strpos(row::text, $1) > 0`, [
        created.key.slice(3),
      ]);
      expect({ table: name, rowsHoldingTheKey: found.n }).toEqual({ table: name, rowsHoldingTheKey: 0 });
    }

    // Nor can it be read back: the listing and the type have no field for it.
    const { __type } = await t.admin.ok(API_KEY_FIELDS);
    const fields = (__type?.fields ?? []).map((field) => field.name);
    expect(fields).toEqual(expect.arrayContaining(['id', 'name', 'role', 'division', 'createdAt', 'lastUsedAt']));
    expect(fields.filter((field) => /key|hash|secret/i.test(field))).toEqual([]);
  });

  it('lets a VIEWER key read but not write', async () => {
    const { client } = await createKey({ name: '只读平台', role: 'VIEWER' });
    expect((await client.ok(BASE, { id: baseA })).base?.id).toBe(baseA);
    expect((await client.ok(BASES)).bases.totalItems).toBe(2);

    const before = await countRows(t, 'base');
    const error = await client.fails(CREATE_BASE, { input: { name: '只读平台建的基地', villageId: villageA } });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect((await client.fails(UPDATE_BASE, { input: { id: baseA, name: '只读平台改名' } })).extensions?.code).toBe('FORBIDDEN');
    expect(await countRows(t, 'base')).toBe(before);
    const after = (await client.ok(BASE, { id: baseA })).base;
    expect(after?.id).toBe(baseA);
    expect(after?.name).not.toBe('只读平台改名');
  });

  it('lets an EDITOR key write, and the audit trail names the key', async () => {
    const { client, apiKey } = await createKey({ name: '乡镇填报系统', role: 'EDITOR' });
    const { createBase } = await client.ok(CREATE_BASE, { input: { name: '密钥新建基地', villageId: villageA } });
    const { auditLog } = await t.admin.ok(AUDIT, { filter: { entityType: 'Base', entityId: createBase.id } });
    expect(auditLog.items).toEqual([
      { action: 'CREATE', entityType: 'Base', entityId: createBase.id, actor: { id: apiKey.id, name: '乡镇填报系统', kind: 'API_KEY' } },
    ]);
    const { auditLog: byActor } = await t.admin.ok(AUDIT, { filter: { actorId: apiKey.id } });
    expect(byActor.items).toContainEqual(
      expect.objectContaining({ entityId: createBase.id, actor: expect.objectContaining({ kind: 'API_KEY' }) }),
    );
  });

  it.each<[string, CreateApiKeyInput, string, string]>([
    ['role ADMIN', { name: '想当管理员', role: 'ADMIN' }, 'BAD_USER_INPUT', 'role'],
    ['a blank name', { name: '  ', role: 'VIEWER' }, 'BAD_USER_INPUT', 'name'],
    ['a missing division', { name: '无此区划', role: 'VIEWER', divisionId: '987654321' }, 'NOT_FOUND', 'divisionId'],
  ])('refuses a key with %s and stores nothing', async (_label, input, code, field) => {
    const before = await countRows(t, 'api_key');
    const error = await t.admin.fails(CREATE_KEY, { input });
    expect(error.extensions?.code).toBe(code);
    expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await countRows(t, 'api_key')).toBe(before);
  });

  it('lets only administrators create, list and revoke keys', async () => {
    const { apiKey } = await createKey({ name: '待吊销', role: 'VIEWER' });
    const before = await countRows(t, 'api_key');
    for (const caller of [await t.clientWithRole('EDITOR'), await t.clientWithRole('VIEWER')]) {
      expect((await caller.fails(CREATE_KEY, { input: { name: '越权密钥', role: 'VIEWER' } })).extensions?.code).toBe('FORBIDDEN');
      expect((await caller.fails(LIST_KEYS)).extensions?.code).toBe('FORBIDDEN');
      expect((await caller.fails(REVOKE_KEY, { id: apiKey.id })).extensions?.code).toBe('FORBIDDEN');
    }
    // A key, even an EDITOR one, is no administrator either.
    const { client: editorKey } = await createKey({ name: '编辑密钥', role: 'EDITOR' });
    expect((await editorKey.fails(CREATE_KEY, { input: { name: '密钥造密钥', role: 'VIEWER' } })).extensions?.code).toBe('FORBIDDEN');
    expect(await countRows(t, 'api_key')).toBe(before + 1);
    expect(
      (await sql<{ revoked_at: Date | null }>(t, `SELECT revoked_at FROM api_key WHERE id = $1`, [apiKey.id]))[0].revoked_at,
    ).toBeNull();
  });

  it('lists keys, with lastUsedAt set once a key is used', async () => {
    const { client, apiKey } = await createKey({ name: '统计局接口', role: 'VIEWER', divisionId: townA });
    const listed = (await t.admin.ok(LIST_KEYS)).apiKeys;
    const unused = listed.items.find((item) => item.id === apiKey.id);
    expect(unused).toMatchObject({ name: '统计局接口', role: 'VIEWER', divisionId: townA, division: { id: townA }, lastUsedAt: null });
    expect(listed.totalItems).toBe(listed.items.length);

    await client.ok(BASES);
    const used = (await t.admin.ok(LIST_KEYS)).apiKeys.items.find((item) => item.id === apiKey.id);
    expect(used).toBeDefined();
    expect(used?.lastUsedAt).not.toBeNull();
    expect(Date.parse(used?.lastUsedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(apiKey.createdAt) - 1000);
    expect(Date.parse(used?.lastUsedAt ?? '')).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('stops a revoked key at once', async () => {
    const { client, apiKey } = await createKey({ name: '停用的接口', role: 'EDITOR' });
    expect((await client.ok(BASES)).bases.totalItems).toBeGreaterThan(0);
    expect((await t.admin.ok(REVOKE_KEY, { id: apiKey.id })).revokeApiKey).toBe(apiKey.id);

    const refused = await client.fails(BASES);
    expect(refused.extensions?.code).toBe('UNAUTHENTICATED');
    const before = await countRows(t, 'base');
    expect((await client.fails(CREATE_BASE, { input: { name: '吊销后建的基地', villageId: villageA } })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await countRows(t, 'base')).toBe(before);

    const listed = (await t.admin.ok(LIST_KEYS)).apiKeys.items.find((item) => item.id === apiKey.id);
    expect(listed).toBeDefined();
    expect(listed?.revokedAt).not.toBeNull();
    // Revoking again changes nothing; an unknown key is NOT_FOUND.
    expect((await t.admin.ok(REVOKE_KEY, { id: apiKey.id })).revokeApiKey).toBe(apiKey.id);
    expect((await t.admin.fails(REVOKE_KEY, { id: '987654321' })).extensions?.code).toBe('NOT_FOUND');
  });

  it('limits a key with a division to that division', async () => {
    const { client: viewer } = await createKey({ name: '甲镇大屏', role: 'VIEWER', divisionId: townA });
    expect((await viewer.ok(BASE, { id: baseA })).base?.id).toBe(baseA);
    expect((await viewer.ok(BASE, { id: baseB })).base).toBeNull();
    const { bases } = await viewer.ok(BASES);
    expect(bases.items.map((item) => item.id)).toContain(baseA);
    expect(bases.items.map((item) => item.id)).not.toContain(baseB);
    expect(bases.totalItems).toBe(bases.items.length);
    // Only the town's approved record counts: 1000 yuan, not 1020.
    const { totals } = (await viewer.ok(SUMMARY)).impactSummary;
    expect(totals).toMatchObject({ householdRentYuan: '1000', records: 1, bases: 1, villages: 1, towns: 1 });

    const { client: editor } = await createKey({ name: '甲镇填报', role: 'EDITOR', divisionId: townA });
    expect((await editor.ok(UPDATE_BASE, { input: { id: baseA, name: '甲镇密钥改名' } })).updateBase.name).toBe('甲镇密钥改名');
    const outside = await editor.fails(UPDATE_BASE, { input: { id: baseB, name: '越界改名' } });
    expect(outside.extensions?.code).toBe('FORBIDDEN');
    expect((await editor.fails(CREATE_BASE, { input: { name: '越界新建', villageId: villageB } })).extensions?.code).toBe('FORBIDDEN');
    expect((await sql<{ name: string }>(t, `SELECT name FROM base WHERE id = $1`, [baseB]))[0].name).not.toBe('越界改名');
    expect(await sql(t, `SELECT 1 FROM base WHERE name = '越界新建'`)).toHaveLength(0);
  });

  it('lets a scoped administrator create keys only inside their division', async () => {
    const scopedAdmin = await clientWithScope(t, 'ADMIN', townA);
    const inside = await scopedAdmin.ok(CREATE_KEY, { input: { name: '甲镇管理员的密钥', role: 'VIEWER', divisionId: villageA } });
    expect(inside.createApiKey.apiKey.divisionId).toBe(villageA);
    const before = await countRows(t, 'api_key');
    expect((await scopedAdmin.fails(CREATE_KEY, { input: { name: '全县密钥', role: 'VIEWER' } })).extensions?.code).toBe('FORBIDDEN');
    expect(
      (await scopedAdmin.fails(CREATE_KEY, { input: { name: '乙村密钥', role: 'VIEWER', divisionId: villageB } })).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await countRows(t, 'api_key')).toBe(before);
  });

  it('lets a scoped administrator create accounts only inside their division, never an unlimited one', async () => {
    const scopedAdmin = await clientWithScope(t, 'ADMIN', townA);
    const account = (divisionId?: string): { input: CreateUserInput } => ({
      input: { username: freshUsername('clerk'), password: SCOPED_PASSWORD, role: 'EDITOR', ...(divisionId ? { divisionId } : {}) },
    });
    expect((await scopedAdmin.ok(CREATE_USER, account(villageA))).createUser.divisionId).toBe(villageA);
    const before = await countRows(t, 'app_user');
    expect((await scopedAdmin.fails(CREATE_USER, account())).extensions?.code).toBe('FORBIDDEN');
    expect((await scopedAdmin.fails(CREATE_USER, account(villageB))).extensions?.code).toBe('FORBIDDEN');
    expect(await countRows(t, 'app_user')).toBe(before);
  });
});
