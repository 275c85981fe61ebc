import { setTimeout as delay } from 'node:timers/promises';

import { sql } from '../support/database.js';
import type { GraphqlResponse } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TransactionProbeModule } from '../support/transaction-probe.module.js';

const PROBE = `mutation($name: String!, $holdMs: Int, $fail: Boolean) { probeTransaction(name: $name, holdMs: $holdMs, fail: $fail) }`;

interface ProbeCall {
  name: string;
  holdMs?: number;
  fail?: boolean;
}

interface Answer extends GraphqlResponse<{ probeTransaction: string }> {
  /** Milliseconds from the first request's start to this answer. */
  answeredAt: number;
}

const database = process.env.DATABASE_URL ? 'the PostgreSQL server' : 'the embedded database';

// The embedded database has one session: a second request waits for the first transaction to
// end. A server runs both at once. Either way each transaction must keep to itself.
describe(`overlapping transactions on ${database}`, () => {
  let t: TestApp;
  let round = 0;

  beforeAll(async () => {
    t = await startTestApp({ extraModules: [TransactionProbeModule] });
  });
  afterAll(() => t.close());

  /** Sends `first`, then `second` while the first transaction is still open. */
  async function overlap(first: ProbeCall, second: ProbeCall) {
    const started = Date.now();
    const send = (call: ProbeCall): Promise<Answer> =>
      t.admin.request<{ probeTransaction: string }>(PROBE, { ...call }).then((answer) => ({ ...answer, answeredAt: Date.now() - started }));
    const firstAnswer = send(first);
    // The first transaction inserts at once and stays open for its holdMs (400 ms and more).
    await delay(100);
    const secondSentAt = Date.now() - started;
    const [a, b] = await Promise.all([firstAnswer, send(second)]);
    return { a, b, secondSentAt };
  }

  async function storedNames(tag: string): Promise<string[]> {
    const rows = await sql<{ name: string; id: string }>(t, `SELECT name, id::text AS id FROM enterprise WHERE name LIKE $1`, [`%-${tag}`]);
    return rows.map((row) => `${row.name}#${row.id}`).sort();
  }

  function names() {
    round += 1;
    const tag = `${round}-${Date.now()}`;
    return { tag, a: `A-${tag}`, b: `B-${tag}` };
  }

  it('keeps only the committed row when the held transaction fails while another one runs', async () => {
    const { tag, a, b } = names();
    const result = await overlap({ name: a, holdMs: 400, fail: true }, { name: b });

    expect(result.a.answeredAt).toBeGreaterThan(result.secondSentAt);
    expect(result.a.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.a.errors?.[0]?.message).toContain(a);
    expect(result.a.data?.probeTransaction ?? null).toBeNull();
    expect(result.b.errors).toBeUndefined();
    const bId = result.b.data?.probeTransaction;
    expect(await storedNames(tag)).toEqual([`${b}#${bId}`]);
  });

  it('keeps the held transaction when the other one fails while it is open', async () => {
    const { tag, a, b } = names();
    const result = await overlap({ name: a, holdMs: 400 }, { name: b, fail: true });

    expect(result.a.answeredAt).toBeGreaterThan(result.secondSentAt);
    expect(result.a.errors).toBeUndefined();
    expect(result.b.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await storedNames(tag)).toEqual([`${a}#${result.a.data?.probeTransaction}`]);
  });

  it('keeps both rows when both overlapping transactions commit', async () => {
    const { tag, a, b } = names();
    const result = await overlap({ name: a, holdMs: 400 }, { name: b, holdMs: 50 });

    expect(result.a.answeredAt).toBeGreaterThan(result.secondSentAt);
    expect(result.a.errors).toBeUndefined();
    expect(result.b.errors).toBeUndefined();
    expect(await storedNames(tag)).toEqual([`${a}#${result.a.data?.probeTransaction}`, `${b}#${result.b.data?.probeTransaction}`]);
  });

  it('rolls back every one of several failing transactions interleaved with committing ones', async () => {
    const { tag } = names();
    const calls = Array.from({ length: 8 }, (_, index) => ({
      name: `${index % 2 ? 'ok' : 'bad'}${index}-${tag}`,
      holdMs: 30,
      fail: index % 2 === 0,
    }));
    const answers = await Promise.all(calls.map((call) => t.admin.request<{ probeTransaction: string }>(PROBE, { ...call })));

    answers.forEach((answer, index) => {
      if (calls[index].fail) expect(answer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      else expect(answer.errors).toBeUndefined();
    });
    const expected = calls
      .map((call, index) => ({ call, id: answers[index].data?.probeTransaction }))
      .filter(({ call }) => !call.fail)
      .map(({ call, id }) => `${call.name}#${id}`)
      .sort();
    expect(await storedNames(tag)).toEqual(expected);
  });
});
