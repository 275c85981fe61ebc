import { randomUUID } from 'node:crypto';

import { graphql } from '../generated/gql.js';
import type { CreateBaseInput } from '../generated/graphql.js';
import { countRows, sql } from '../support/database.js';
import { placeFixture, type PlaceFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE_BASE = graphql(`
  mutation IdempotentCreateBase($input: CreateBaseInput!) {
    createBase(input: $input) {
      id
      name
      village {
        id
      }
    }
  }
`);
const CREATE_TWO = graphql(`
  mutation IdempotentCreateTwo($first: CreateBaseInput!, $second: CreateBaseInput!) {
    first: createBase(input: $first) {
      id
    }
    second: createBase(input: $second) {
      id
    }
  }
`);
const DELETE_BASE = graphql(`
  mutation IdempotentDeleteBase($id: ID!) {
    deleteBase(id: $id)
  }
`);

describe('Idempotency-Key on create mutations', () => {
  let t: TestApp;
  let place: PlaceFixture;

  beforeAll(async () => {
    t = await startTestApp();
    place = await placeFixture(t);
  });
  afterAll(() => t.close());

  const input = (name: string): CreateBaseInput => ({ name, villageId: place.village, areaMu: '12.5' });
  const send = (key: string, name: string) => t.admin.request(CREATE_BASE, { input: input(name) }, { 'Idempotency-Key': key });

  it('answers a retried create with the first row: one row, the same id', async () => {
    const key = randomUUID();
    const before = await countRows(t, 'base');
    const first = await send(key, '重试基地');
    const retry = await send(key, '重试基地');
    expect(first.errors).toBeUndefined();
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.createBase).toEqual(first.data?.createBase);
    expect(retry.data?.createBase.village).toEqual({ id: place.village });
    expect(await countRows(t, 'base')).toBe(before + 1);
    const [stored] = await sql<{ operation: string; result_id: string }>(
      t,
      'SELECT operation, result_id FROM idempotency_key WHERE key = $1',
      [key],
    );
    expect(stored).toEqual({ operation: 'createBase', result_id: first.data?.createBase.id });
  });

  it('refuses (CONFLICT) the same key with another input, and writes nothing', async () => {
    const key = randomUUID();
    await send(key, '先来的基地');
    const before = await countRows(t, 'base');
    const other = await send(key, '另一份基地');
    expect(other.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(other.errors?.[0].message).toMatch(/Idempotency-Key 已用于另一项新建请求/);
    expect(await countRows(t, 'base')).toBe(before);
  });

  it('keeps no key when the create fails, so the corrected request goes through', async () => {
    const key = randomUUID();
    const refused = await t.admin.request(
      CREATE_BASE,
      { input: { ...input('失败基地'), villageId: place.town } },
      { 'Idempotency-Key': key },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const [{ count }] = await sql<{ count: number }>(t, 'SELECT count(*)::int AS count FROM idempotency_key WHERE key = $1', [key]);
    expect(count).toBe(0);
    const corrected = await send(key, '失败基地');
    expect(corrected.errors).toBeUndefined();
  });

  it('makes one row of two concurrent requests with the same key', async () => {
    const key = randomUUID();
    const before = await countRows(t, 'base');
    const [a, b] = await Promise.all([send(key, '并发基地'), send(key, '并发基地')]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data?.createBase.id).toBe(b.data?.createBase.id);
    expect(await countRows(t, 'base')).toBe(before + 1);
  });

  it('keeps keys apart per caller: another user with the same key makes their own row', async () => {
    const key = randomUUID();
    const editor = await t.clientWithRole('EDITOR');
    const mine = await send(key, '各自的基地甲');
    const theirs = await editor.request(CREATE_BASE, { input: input('各自的基地乙') }, { 'Idempotency-Key': key });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.createBase.id).not.toBe(mine.data?.createBase.id);
  });

  it('forgets keys after 24 hours: an old key is taken as a new request', async () => {
    const key = randomUUID();
    const first = await send(key, '隔天基地');
    await sql(t, `UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = $1`, [key]);
    const later = await send(key, '隔天基地二');
    expect(later.errors).toBeUndefined();
    expect(later.data?.createBase.id).not.toBe(first.data?.createBase.id);
  });

  it.each([
    ['a key on a mutation that creates nothing', DELETE_BASE, { id: '999999' }, 'abc', /不是可以用 Idempotency-Key 重试的新建操作/],
    ['a key on a request with two creates', CREATE_TWO, { first: {}, second: {} }, 'abc', /只能含一个新建操作/],
    ['a key with a space in it', CREATE_BASE, { input: {} }, 'a b', /Idempotency-Key 须为/],
  ] as const)('refuses (BAD_USER_INPUT) %s, and writes nothing', async (_label, document, variables, key, message) => {
    const before = await countRows(t, 'base');
    const concrete = JSON.parse(JSON.stringify(variables).replaceAll('{}', JSON.stringify(input('不该有的基地'))));
    const result = await t.admin.request(document as typeof CREATE_BASE, concrete, { 'Idempotency-Key': key });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(message);
    expect(await countRows(t, 'base')).toBe(before);
  });
});
