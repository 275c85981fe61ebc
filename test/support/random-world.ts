import { approveAllRecords } from './approval.js';
import { sql } from './database.js';
import { baseFixture, divisionFixture, enterpriseFixture, matchFixture, memberFixture, teamFixture } from './fixtures.js';
import type { TestApp } from './test-app.js';

/**
 * A generated county for rule tests on data nobody wrote by hand, plus an independent oracle:
 * the expected figures are worked out here from the generated records themselves (exact decimal
 * strings, never floats), not by asking the reporting code.
 */

// --- a seeded PRNG, so the same world comes out on every run and on both databases ---------------

/** mulberry32: a tiny 32-bit generator; good enough for test data, and fully deterministic. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    for (let i = 0; i < count; i += 1) {
      const j = this.int(i, pool.length - 1);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    return pool.slice(0, count);
  }
}

// --- exact decimals as strings --------------------------------------------------------------------

function parseDecimal(text: string): { units: bigint; scale: number } {
  if (!/^\d+(\.\d+)?$/.test(text)) throw new Error(`not a non-negative decimal: ${text}`);
  const [whole, fraction = ''] = text.split('.');
  return { units: BigInt(whole + fraction), scale: fraction.length };
}

function scaled(text: string, scale: number): bigint {
  const { units, scale: own } = parseDecimal(text);
  return units * 10n ** BigInt(scale - own);
}

/** Canonical text: no trailing fraction zeros, no lone point ("100.50" → "100.5", "7.00" → "7"). */
function formatDecimal(units: bigint, scale: number): string {
  const digits = units.toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

export function sumDecimals(values: readonly string[]): string {
  const scale = Math.max(0, ...values.map((value) => parseDecimal(value).scale));
  return formatDecimal(
    values.reduce((total, value) => total + scaled(value, scale), 0n),
    scale,
  );
}

/** -1, 0 or 1, as `a` is below, equal to or above `b`. */
export function compareDecimals(a: string, b: string): number {
  const scale = Math.max(parseDecimal(a).scale, parseDecimal(b).scale);
  const [x, y] = [scaled(a, scale), scaled(b, scale)];
  return x < y ? -1 : x > y ? 1 : 0;
}

// --- the world -------------------------------------------------------------------------------------

export const FIGURES = [
  'areaMu',
  'outputValueYuan',
  'jobsPersonTimes',
  'householdRentYuan',
  'collectiveIncomeYuan',
  'householdsBenefited',
] as const;
export type Figure = (typeof FIGURES)[number];
export const FLOWS: Figure[] = ['outputValueYuan', 'jobsPersonTimes', 'householdRentYuan', 'collectiveIncomeYuan'];
export const STOCKS: Figure[] = ['areaMu', 'householdsBenefited'];

export interface Place {
  id: string;
  level: 'COUNTY' | 'TOWN' | 'VILLAGE';
  /** Its own id and every ancestor's inside the world, county first. */
  ancestors: string[];
  townId: string | null;
  villageId: string | null;
}

export interface WorldBase {
  id: string;
  village: Place;
}

export interface WorldMatch {
  id: string;
  enterpriseId: string;
  village: Place;
  baseId: string | null;
  brokerIds: string[];
  signedOn: string | null;
}

export interface WorldTeam {
  id: string;
  leaderId: string;
}

export interface WorldRecord {
  period: string;
  start: string;
  end: string;
  /** Where the record lies: the base's village, or the division it is kept at. */
  place: Place;
  baseId: string | null;
  divisionId: string | null;
  match: WorldMatch | null;
  team: WorldTeam | null;
  /** base|division + match + team: the series whose latest stock counts. */
  series: string;
  figures: Partial<Record<Figure, string>>;
}

export interface WorldActivity {
  team: WorldTeam;
  base: WorldBase;
  date: string;
  farmersTrained: number;
}

export interface RandomWorld {
  county: Place;
  towns: Place[];
  villages: Place[];
  bases: WorldBase[];
  enterprises: string[];
  members: string[];
  matches: WorldMatch[];
  teams: WorldTeam[];
  records: WorldRecord[];
  activities: WorldActivity[];
}

const RECORD = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`;
const VISIT = `mutation($input: RecordServiceActivityInput!) { recordServiceActivity(input: $input) { id } }`;

function place(id: string, level: Place['level'], parent: Place | null): Place {
  return {
    id,
    level,
    ancestors: [...(parent?.ancestors ?? []), id],
    townId: level === 'TOWN' ? id : (parent?.townId ?? null),
    villageId: level === 'VILLAGE' ? id : null,
  };
}

/** County › 3–4 towns › 1–3 villages each, 0–2 bases a village, 4 enterprises, 5 members, 8 matches, 2 teams. */
async function buildStructure(t: TestApp, random: Random) {
  const county = place(await divisionFixture(t, 'COUNTY', null, '随机县'), 'COUNTY', null);
  const towns: Place[] = [];
  const villages: Place[] = [];
  const bases: WorldBase[] = [];
  const townCount = random.int(3, 4);
  for (let i = 0; i < townCount; i += 1) {
    const town = place(await divisionFixture(t, 'TOWN', county.id, '随机镇'), 'TOWN', county);
    towns.push(town);
    const villageCount = random.int(1, 3);
    for (let j = 0; j < villageCount; j += 1) {
      const village = place(await divisionFixture(t, 'VILLAGE', town.id, '随机村'), 'VILLAGE', town);
      villages.push(village);
      // Every town's first village has a base, so base records reach every town.
      const baseCount = random.int(j === 0 ? 1 : 0, 2);
      for (let k = 0; k < baseCount; k += 1) bases.push({ id: await baseFixture(t, village.id), village });
    }
  }
  const enterprises: string[] = [];
  for (let i = 0; i < 4; i += 1) enterprises.push(await enterpriseFixture(t, '随机企业'));
  const members: string[] = [];
  for (let i = 0; i < 5; i += 1) members.push(await memberFixture(t, '随机委员'));

  const matches: WorldMatch[] = [];
  for (let i = 0; i < 8; i += 1) {
    const village = random.pick(villages);
    const villageBases = bases.filter((base) => base.village === village);
    const baseId = villageBases.length > 0 && random.chance(0.7) ? random.pick(villageBases).id : null;
    const brokerIds = random.sample(members, random.int(0, 2));
    const enterpriseId = random.pick(enterprises);
    const signedOn = random.chance(0.8) ? randomDay(random) : null;
    const id = await matchFixture(t, { enterpriseId, villageId: village.id, baseId: baseId ?? undefined, brokerIds });
    if (signedOn) await sql(t, `UPDATE match SET signed_on = $2::date WHERE id = $1`, [id, signedOn]);
    matches.push({ id, enterpriseId, village, baseId, brokerIds, signedOn });
  }
  const teams: WorldTeam[] = [];
  for (const leaderId of random.sample(members, 2)) teams.push({ id: await teamFixture(t, leaderId), leaderId });
  return { county, towns, villages, bases, enterprises, members, matches, teams };
}

/**
 * A day in 2023–2025; the 28th at the latest, so every month has it. Dates are text, and a
 * random one is as good as any for these rules.
 */
function randomDay(random: Random): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${random.int(2023, 2025)}-${two(random.int(1, 12))}-${two(random.int(1, 28))}`;
}

/** A figure: money and area with 0–2 decimals, counts (jobs, households) whole. */
function randomFigure(random: Random, figure: Figure): string {
  const max = {
    areaMu: 3000,
    outputValueYuan: 900000,
    jobsPersonTimes: 9000,
    householdRentYuan: 300000,
    collectiveIncomeYuan: 150000,
    householdsBenefited: 400,
  }[figure];
  const whole = String(random.int(0, max));
  const places = figure === 'jobsPersonTimes' || figure === 'householdsBenefited' ? 0 : random.int(0, 2);
  return places === 0 ? whole : `${whole}.${String(random.int(1, 10 ** places - 1)).padStart(places, '0')}`;
}

function randomPeriod(random: Random): string {
  const year = random.int(2023, 2025);
  const kind = random.int(0, 19);
  if (kind < 6) return String(year);
  if (kind < 13) return `${year}Q${random.int(1, 4)}`;
  return `${year}-${String(random.int(1, 12)).padStart(2, '0')}`;
}

interface SeriesSpec {
  key: string;
  place: Place;
  baseId: string | null;
  divisionId: string | null;
  match: WorldMatch | null;
  team: WorldTeam | null;
}

/** The matches a record may name (the match-scope rule): its base's own, a baseless one of its village, or any in its division. */
function fittingMatches(matches: WorldMatch[], baseId: string | null, where: Place): WorldMatch[] {
  if (baseId) return matches.filter((match) => match.baseId === baseId || (match.baseId === null && match.village === where));
  return matches.filter((match) => match.village.ancestors.includes(where.id));
}

/** ~22 distinct series, so the ~60 records repeat series and "latest per series" has work to do. */
function randomSeries(random: Random, world: Awaited<ReturnType<typeof buildStructure>>): SeriesSpec[] {
  const series = new Map<string, SeriesSpec>();
  while (series.size < 22) {
    const base = random.chance(0.6) ? random.pick(world.bases) : null;
    const division = base ? null : random.pick([world.county, random.pick(world.towns), random.pick(world.villages)]);
    const where = base ? base.village : (division as Place);
    const fitting = fittingMatches(world.matches, base?.id ?? null, where);
    const match = fitting.length > 0 && random.chance(0.6) ? random.pick(fitting) : null;
    const team = random.pick([null, null, ...world.teams]);
    const key = `${base ? `b${base.id}` : `d${division?.id}`}|${match?.id ?? '-'}|${team?.id ?? '-'}`;
    if (!series.has(key)) series.set(key, { key, place: where, baseId: base?.id ?? null, divisionId: division?.id ?? null, match, team });
  }
  return [...series.values()];
}

export async function buildRandomWorld(t: TestApp, seed: number, sizes = { records: 60, activities: 20 }): Promise<RandomWorld> {
  const random = new Random(seed);
  const structure = await buildStructure(t, random);
  const series = randomSeries(random, structure);

  const records: WorldRecord[] = [];
  const taken = new Set<string>();
  while (records.length < sizes.records) {
    const spec = random.pick(series);
    const period = randomPeriod(random);
    // One record per series and period: a second one would be refused as a duplicate.
    if (taken.has(`${spec.key}|${period}`)) continue;
    taken.add(`${spec.key}|${period}`);
    const figures: Partial<Record<Figure, string>> = {};
    for (const figure of FIGURES) if (random.chance(0.6)) figures[figure] = randomFigure(random, figure);
    if (Object.keys(figures).length === 0) figures.outputValueYuan = randomFigure(random, 'outputValueYuan');
    const input = {
      period,
      baseId: spec.baseId,
      divisionId: spec.divisionId,
      matchId: spec.match?.id ?? null,
      teamId: spec.team?.id ?? null,
      ...Object.fromEntries(FIGURES.map((figure) => [figure, figures[figure] ?? null])),
      atLeast: random.chance(0.1),
    };
    await t.admin.ok(RECORD, { input });
    const [start, end] = periodDays(period);
    records.push({
      period,
      start,
      end,
      place: spec.place,
      baseId: spec.baseId,
      divisionId: spec.divisionId,
      match: spec.match,
      team: spec.team,
      series: spec.key,
      figures,
    });
  }

  const activities: WorldActivity[] = [];
  for (let i = 0; i < sizes.activities; i += 1) {
    const activity = {
      team: random.pick(structure.teams),
      base: random.pick(structure.bases),
      date: randomDay(random),
      farmersTrained: random.int(0, 40),
    };
    await t.admin.ok(VISIT, {
      input: {
        teamId: activity.team.id,
        baseId: activity.base.id,
        date: activity.date,
        topic: '随机服务',
        farmersTrained: activity.farmersTrained,
      },
    });
    activities.push(activity);
  }
  await approveAllRecords(t);
  return { ...structure, records, activities };
}

// --- the oracle --------------------------------------------------------------------------------------

/** First and last day of a period: "2025" → 2025-01-01…2025-12-31, "2025Q2" → 04-01…06-30, "2025-02" → 02-01…02-28. */
export function periodDays(period: string): [string, string] {
  const year = Number(period.slice(0, 4));
  const [firstMonth, lastMonth] =
    period.length === 4
      ? [1, 12]
      : period[4] === 'Q'
        ? [Number(period[5]) * 3 - 2, Number(period[5]) * 3]
        : [Number(period.slice(5)), Number(period.slice(5))];
  // Day 0 of the next month is the last day of this one (a calendar fact, not figure arithmetic).
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const two = (n: number) => String(n).padStart(2, '0');
  return [`${year}-${two(firstMonth)}-01`, `${year}-${two(lastMonth)}-${two(lastDay)}`];
}

export interface ReportFilter {
  divisionId?: string;
  from?: string;
  to?: string;
}

export type Grouping = 'TOWN' | 'VILLAGE' | 'BASE' | 'ENTERPRISE' | 'MEMBER' | 'TEAM' | 'YEAR' | 'QUARTER' | 'MONTH';

/** The six figures and the record count the generated records give. */
export type RecordFigures = Record<Figure, string> & { records: number };

function bounds(filter: ReportFilter): { first: string | null; last: string | null } {
  return { first: filter.from ? periodDays(filter.from)[0] : null, last: filter.to ? periodDays(filter.to)[1] : null };
}

function inDivision(where: Place, filter: ReportFilter): boolean {
  return !filter.divisionId || where.ancestors.includes(filter.divisionId);
}

/** The records a filter counts: in the division's subtree, the period wholly inside the range. */
export function recordsInside(world: RandomWorld, filter: ReportFilter): WorldRecord[] {
  const { first, last } = bounds(filter);
  return world.records.filter((r) => inDivision(r.place, filter) && (!first || r.start >= first) && (!last || r.end <= last));
}

/** Records in scope that overlap the range without lying inside it. */
export function recordsExcluded(world: RandomWorld, filter: ReportFilter): WorldRecord[] {
  const { first, last } = bounds(filter);
  if (!first && !last) return [];
  const inside = new Set(recordsInside(world, filter));
  return world.records.filter(
    (r) => inDivision(r.place, filter) && !inside.has(r) && (!first || r.end >= first) && (!last || r.start <= last),
  );
}

/** Flows summed; stocks: each series' latest known value (period end, then period start, descending), summed. */
export function figuresOf(records: readonly WorldRecord[]): RecordFigures {
  const result = { records: records.length } as RecordFigures;
  for (const flow of FLOWS) result[flow] = sumDecimals(records.map((r) => r.figures[flow] ?? '0'));
  for (const stock of STOCKS) {
    const latest = new Map<string, WorldRecord>();
    for (const r of records) {
      if (r.figures[stock] === undefined) continue;
      const held = latest.get(r.series);
      if (!held || r.end > held.end || (r.end === held.end && r.start > held.start)) latest.set(r.series, r);
    }
    result[stock] = sumDecimals([...latest.values()].map((r) => r.figures[stock] as string));
  }
  return result;
}

/** The group keys a record goes to; null is "not broken down". MEMBER: its match's brokers and its team's leader. */
export function recordKeys(r: WorldRecord, grouping: Grouping): (string | null)[] {
  switch (grouping) {
    case 'TOWN':
      return [r.place.townId];
    case 'VILLAGE':
      return [r.place.villageId];
    case 'BASE':
      return [r.baseId];
    case 'ENTERPRISE':
      return [r.match?.enterpriseId ?? null];
    case 'TEAM':
      return [r.team?.id ?? null];
    case 'MEMBER': {
      const credited = new Set([...(r.match?.brokerIds ?? []), ...(r.team ? [r.team.leaderId] : [])]);
      return credited.size > 0 ? [...credited] : [null];
    }
    case 'YEAR':
      return [r.period.slice(0, 4)];
    // A month goes to its quarter; a year or a quarter keeps its own period.
    case 'QUARTER':
      return [
        r.period.length === 7 && r.period[4] === '-' ? `${r.period.slice(0, 4)}Q${Math.ceil(Number(r.period.slice(5)) / 3)}` : r.period,
      ];
    case 'MONTH':
      return [r.period];
  }
}

/** Each group's figures from its own records alone. */
export function groupsOf(records: readonly WorldRecord[], grouping: Grouping): Map<string | null, RecordFigures> {
  const members = new Map<string | null, WorldRecord[]>();
  for (const r of records) for (const key of recordKeys(r, grouping)) members.set(key, [...(members.get(key) ?? []), r]);
  return new Map([...members].map(([key, list]) => [key, figuresOf(list)]));
}

/** Reach (domain rule 5): places and bases from records and visits, matches from records and signings. */
export function reachOf(world: RandomWorld, filter: ReportFilter) {
  const { first, last } = bounds(filter);
  const within = (day: string | null) => (!first || (day !== null && day >= first)) && (!last || (day !== null && day <= last));
  const records = recordsInside(world, filter);
  const activities = world.activities.filter((a) => inDivision(a.base.village, filter) && within(a.date));
  const signed = world.matches.filter((m) => inDivision(m.village, filter) && within(m.signedOn));
  const distinct = (values: (string | null | undefined)[]) => new Set(values.filter((value) => value != null)).size;
  const matches = [...records.map((r) => r.match), ...signed].filter((m): m is WorldMatch => m !== null);
  return {
    towns: distinct([...records.map((r) => r.place.townId), ...activities.map((a) => a.base.village.townId)]),
    villages: distinct([...records.map((r) => r.place.villageId), ...activities.map((a) => a.base.village.id)]),
    bases: distinct([...records.map((r) => r.baseId), ...activities.map((a) => a.base.id)]),
    matches: distinct(matches.map((m) => m.id)),
    enterprises: distinct(matches.map((m) => m.enterpriseId)),
    serviceActivities: activities.length,
    farmersTrained: activities.reduce((total, a) => total + a.farmersTrained, 0),
  };
}
