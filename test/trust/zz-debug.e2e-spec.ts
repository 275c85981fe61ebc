import { DataSource } from 'typeorm';
import { startTestApp } from '../support/test-app.js';
it('debug', async () => {
  const t = await startTestApp();
  const ds = t.app.get(DataSource);
  console.log('subscribers', ds.subscribers.map((s) => s.constructor.name));
  const sub = ds.subscribers[0] as any;
  const orig = sub.afterTransactionStart.bind(sub);
  sub.afterTransactionStart = async (e: any) => { console.log('afterTransactionStart called'); return orig(e); };
  const core = await import('@rural/core');
  const origCA = core.currentActor;
  await t.admin.ok(`mutation { createEnterprise(input: { name: "调试企业" }) { id } }`);
  console.log(await ds.query(`SELECT actor_kind, actor_id FROM audit_entry ORDER BY id DESC LIMIT 1`));
  await t.close();
});
