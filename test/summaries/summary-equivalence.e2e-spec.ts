import { postImport, xlsxFile } from '../spreadsheets/import-files.js';
import { approveAllRecords } from '../support/approval.js';
import { sql } from '../support/database.js';
import { buildRandomWorld, Random, type RandomWorld } from '../support/random-world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectSameAnswers, randomCases, summariesCurrent } from './summary-world.js';

// Issue 12: the summary cells answer every report they can exactly as the direct statement does,
// on random worlds, after every kind of write, interleaved: drafts, approvals in batches, edits,
// reopening, deletes, series changes, visits, signing dates, and moves of bases and villages
// (which make the summaries stale until a rebuild). Writes go straight to the tables where that
// is quicker than the API: the triggers keep the summaries either way.
const SEEDS = [20250918, 4242];
const PERIODS = ['2023', '2024', '2025', '2023Q4', '2024Q1', '2024Q2', '2025Q3', '2023-12', '2024-01', '2024-02', '2024-05', '2025-02'];

type Write = (t: TestApp, w: RandomWorld, random: Random) => Promise<void>;

/** Imports that wrote their rows (a ledger naming a period already approved is refused whole). */
let committedImports = 0;

const someRecord = async (t: TestApp, random: Random, where = 'true') => {
  const rows = await sql<{ id: string }>(t, `SELECT id::text AS id FROM outcome_record WHERE ${where} ORDER BY id`);
  return rows.length > 0 ? random.pick(rows).id : null;
};

/** Each kind of write the summaries must follow, by name. */
const WRITES: Record<string, Write> = {
  async 'drafts in an existing series'(t, _w, random) {
    const template = await someRecord(t, random);
    for (const period of random.sample(PERIODS, 3)) {
      await sql(
        t,
        `INSERT INTO outcome_record (period, period_start, period_end, base_id, division_id, match_id, team_id, area_mu, output_value_yuan, households_benefited)
         SELECT $2::text, period_first_day($2::text), period_last_day($2::text), base_id, division_id, match_id, team_id, $3, $4, $5 FROM outcome_record WHERE id = $1
         ON CONFLICT DO NOTHING`,
        [
          template,
          period,
          random.chance(0.7) ? String(random.int(0, 900)) : null,
          String(random.int(1, 90000)),
          random.chance(0.5) ? String(random.int(0, 40)) : null,
        ],
      );
    }
  },
  async 'approve everything pending, through the API'(t) {
    await approveAllRecords(t);
  },
  async 'edit the figures of a draft'(t, _w, random) {
    const id = await someRecord(t, random, `status <> 'APPROVED'`);
    await sql(
      t,
      `UPDATE outcome_record SET area_mu = $2, output_value_yuan = output_value_yuan + 1, at_least = NOT at_least WHERE id = $1`,
      [id, random.chance(0.3) ? null : String(random.int(0, 500))],
    );
  },
  async 'reopen a few approved records'(t, _w, random) {
    await sql(
      t,
      `UPDATE outcome_record SET status = 'DRAFT' WHERE id IN (SELECT id FROM outcome_record WHERE status = 'APPROVED' ORDER BY random() LIMIT $1)`,
      [random.int(1, 4)],
    );
  },
  async 'delete a draft'(t, _w, random) {
    const id = await someRecord(t, random, `status <> 'APPROVED'`);
    await sql(t, `DELETE FROM outcome_record WHERE id = $1`, [id]);
  },
  async 'move a draft to another team (another series)'(t, w, random) {
    const id = await someRecord(t, random, `status <> 'APPROVED'`);
    const team = random.chance(0.3) ? null : random.pick(w.teams).id;
    await sql(
      t,
      `UPDATE outcome_record SET team_id = $2 WHERE id = $1 AND NOT EXISTS (
      SELECT 1 FROM outcome_record o, outcome_record r WHERE r.id = $1 AND o.period = r.period AND o.base_id IS NOT DISTINCT FROM r.base_id
         AND o.division_id IS NOT DISTINCT FROM r.division_id AND o.match_id IS NOT DISTINCT FROM r.match_id AND o.team_id IS NOT DISTINCT FROM $2::bigint)`,
      [id, team],
    );
  },
  async 'record and remove service activities'(t, w, random) {
    const base = random.pick(w.bases);
    const team = random.pick(w.teams);
    await sql(t, `INSERT INTO service_activity (team_id, base_id, date, topic, farmers_trained) VALUES ($1, $2, $3::date, '随机', $4)`, [
      team.id,
      base.id,
      `${random.int(2023, 2025)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
      random.int(0, 30),
    ]);
    if (random.chance(0.5)) await sql(t, `DELETE FROM service_activity WHERE id = (SELECT min(id) FROM service_activity)`);
  },
  async 'import a small outcome ledger over HTTP (drafts, approved later)'(t, w, random) {
    const base = random.pick(w.bases);
    const [names] = await sql<{ county: string; town: string; village: string; base: string }>(
      t,
      `SELECT c.name AS county, tw.name AS town, v.name AS village, b.name AS base
         FROM base b JOIN division v ON v.id = b.village_id JOIN division tw ON tw.id = v.town_id JOIN division c ON c.id = tw.parent_id
        WHERE b.id = $1`,
      [base.id],
    );
    const rows = random
      .sample(PERIODS, 3)
      .map((period) => [
        period,
        names.county,
        names.town,
        names.village,
        names.base,
        String(random.int(0, 800)),
        String(random.int(1, 50000)),
      ]);
    const file = await xlsxFile([['期间', '县', '乡镇', '村', '基地', '面积（亩）', '产值（元）'], ...rows]);
    const result = await postImport(t, t.admin.token as string, 'outcomes', file, { dryRun: 'false' });
    // A period the base already has in an approved record is refused, and then nothing is written.
    expect(['COMMITTED', 'INVALID']).toContain(result.body.status);
    if (result.body.status === 'COMMITTED') committedImports += 1;
  },
  async 'fold what was appended since the last fold (the housekeeping job)'(t) {
    await sql(t, `SELECT summary_fold()`);
  },
  async "change a match's signing date"(t, w, random) {
    const match = random.pick(w.matches);
    await sql(t, `UPDATE match SET signed_on = $2::date WHERE id = $1`, [
      match.id,
      random.chance(0.3) ? null : `${random.int(2023, 2025)}-0${random.int(1, 9)}-05`,
    ]);
  },
};

describe.each(SEEDS)('summary cells answer like the direct statement (random world %d)', (seed) => {
  let t: TestApp;
  let w: RandomWorld;
  const random = new Random(seed + 1);

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildRandomWorld(t, seed);
  }, 180_000);
  afterAll(() => t?.close());

  it('are current after the world is built, and answer every report it is asked', async () => {
    expect(await summariesCurrent(t)).toBe(true);
    await expectSameAnswers(t, randomCases(w, random, 120));
  }, 120_000);

  it('follow every kind of write, interleaved, statement by statement', async () => {
    // Every kind of write three times, in a random order.
    const rounds = random.sample([...Object.keys(WRITES), ...Object.keys(WRITES), ...Object.keys(WRITES)], Object.keys(WRITES).length * 3);
    for (const [round, name] of rounds.entries()) {
      await WRITES[name](t, w, random);
      try {
        await expectSameAnswers(t, randomCases(w, random, 12));
      } catch (error) {
        throw new Error(`after write ${round} (${name}): ${(error as Error).message}`, { cause: error });
      }
    }
    expect(committedImports).toBeGreaterThan(0);
  }, 300_000);

  it('fold their appended deltas without changing an answer', async () => {
    const [{ before }] = await sql<{ before: string }>(t, `SELECT count(*) AS before FROM summary_cell`);
    await sql(t, `SELECT summary_fold()`);
    const [{ after }] = await sql<{ after: string }>(t, `SELECT count(*) AS after FROM summary_cell`);
    expect(Number(after)).toBeLessThan(Number(before));
    await expectSameAnswers(t, randomCases(w, random, 60));
  }, 120_000);

  it('go stale when a base or a village moves, reports stay exact, and a rebuild makes them current again', async () => {
    // A base no match names, so it may move (a base's matches stay in its village).
    const [{ id: baseId }] = await sql<{ id: string }>(
      t,
      `SELECT b.id::text AS id FROM base b WHERE NOT EXISTS (SELECT 1 FROM match m WHERE m.base_id = b.id)
          AND NOT EXISTS (SELECT 1 FROM outcome_record r WHERE r.base_id = b.id AND r.match_id IS NOT NULL) ORDER BY b.id LIMIT 1`,
    );
    const base = w.bases.find((candidate) => candidate.id === baseId) as RandomWorld['bases'][number];
    const otherVillage = w.villages.find((village) => village.id !== base.village.id) as RandomWorld['villages'][number];
    await sql(t, `UPDATE base SET village_id = $2 WHERE id = $1`, [base.id, otherVillage.id]);
    expect(await summariesCurrent(t)).toBe(false);
    await sql(t, `SELECT summary_rebuild()`);
    expect(await summariesCurrent(t)).toBe(true);
    await expectSameAnswers(t, randomCases(w, random, 40));

    const village = w.villages[w.villages.length - 1];
    const otherTown = w.towns.find((town) => town.id !== village.townId) as RandomWorld['towns'][number];
    await sql(t, `UPDATE division SET parent_id = $2 WHERE id = $1`, [village.id, otherTown.id]);
    expect(await summariesCurrent(t)).toBe(false);
    await sql(t, `SELECT summary_rebuild()`);
    await expectSameAnswers(t, randomCases(w, random, 40));
  }, 180_000);
});
