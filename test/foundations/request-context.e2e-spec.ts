import { BaseService } from '@rural/bases';
import { RequestContext, Role } from '@rural/core';
import { Transactions } from '@rural/database';
import { EnterpriseService } from '@rural/enterprises';

import { countRows, sql } from '../support/database.js';
import { placeFixture, type PlaceFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The request context is explicit and fails closed: a use case called without one is refused
 * (never run as "the whole database"), SYSTEM jobs are named in the audit trail, a scoped context
 * is held to its division, and use cases of two libs can share one transaction.
 */
describe('the request context (请求上下文)', () => {
  let t: TestApp;
  let places: PlaceFixture;
  let otherTown: PlaceFixture;
  let bases: BaseService;
  let enterprises: EnterpriseService;
  let transactions: Transactions;

  beforeAll(async () => {
    t = await startTestApp();
    places = await placeFixture(t);
    otherTown = await placeFixture(t);
    bases = t.app.get(BaseService);
    enterprises = t.app.get(EnterpriseService);
    transactions = t.app.get(Transactions);
  });
  afterAll(() => t.close());

  const townEditor = () =>
    RequestContext.forCaller({ kind: 'USER', id: '1', username: 'town-editor', role: Role.EDITOR, divisionId: places.town }, 'test');

  it('refuses a scoped write called without a context, and writes nothing', async () => {
    const before = await countRows(t, 'base');
    await expect(bases.create(undefined as never, { name: '无上下文基地', villageId: places.village })).rejects.toThrow(
      /without a request context/,
    );
    await expect(bases.delete(null as never, '1')).rejects.toThrow(/without a request context/);
    await expect(transactions.run({ caller: { divisionId: null } } as never, async () => 'ran')).rejects.toThrow(
      /without a request context/,
    );
    // Reads fail closed too: no context, no scope, no rows.
    await expect((async () => bases.list(undefined as never, { skip: 0, take: 10 }))()).rejects.toThrow();
    expect(await countRows(t, 'base')).toBe(before);
  });

  it('holds a scoped context to its division: a village of another town is refused', async () => {
    await expect(bases.create(townEditor(), { name: '越界基地', villageId: otherTown.village })).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    const inside = await bases.create(townEditor(), { name: '本镇基地', villageId: places.village });
    expect(inside.villageId).toBe(places.village);
  });

  it('names a SYSTEM job in the audit trail', async () => {
    const base = await bases.create(RequestContext.system('nightly-import'), { name: '系统导入基地', villageId: places.village });
    const [entry] = await sql<{ actor_kind: string; actor_id: string | null; actor_name: string }>(
      t,
      `SELECT actor_kind, actor_id::text, actor_name FROM audit_entry WHERE entity_type = 'base' AND entity_id = $1 AND action = 'CREATE'`,
      [base.id],
    );
    expect(entry).toEqual({ actor_kind: 'SYSTEM', actor_id: null, actor_name: 'nightly-import' });
  });

  it('lets use cases of two libs share one transaction: a failure after both rolls back both', async () => {
    const [basesBefore, enterprisesBefore] = [await countRows(t, 'base'), await countRows(t, 'enterprise')];
    const failure = transactions.run(RequestContext.system('two-libs'), async (tx) => {
      await enterprises.create(tx, { name: '同一事务的企业' });
      await bases.create(tx, { name: '同一事务的基地', villageId: places.village });
      throw new Error('fails after both writes');
    });
    await expect(failure).rejects.toThrow('fails after both writes');
    expect(await countRows(t, 'base')).toBe(basesBefore);
    expect(await countRows(t, 'enterprise')).toBe(enterprisesBefore);
  });
});
