import { DataSource } from 'typeorm';
import { actAs, currentActor } from '@rural/core';
import { startTestApp, type TestApp } from '../support/test-app.js';
describe('scratch', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(() => t.close());
  it('who', async () => {
    const ds = t.app.get(DataSource);
    console.log('subscribers', ds.subscribers.map((s) => s.constructor.name));
    const out = await actAs({ kind: 'USER', id: '1', username: 'x', role: 'ADMIN' as any, divisionId: null }, () =>
      ds.transaction(async (m) => { console.log('actor inside', currentActor()); return m.query(`SELECT current_setting('rural.actor_kind', true) AS k`); }));
    console.log(JSON.stringify(out));
  });
});
