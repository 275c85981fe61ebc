// What the clients send: each operation builds a request, checks the response against what was
// sent and, for a write, registers the acknowledged id for the read-back.
import { randomInt } from 'node:crypto';

import { VILLAGES } from './world.mjs';

const FIGURES =
  'areaMu outputValueYuan jobsPersonTimes householdRentYuan collectiveIncomeYuan householdsBenefited towns villages bases enterprises matches serviceActivities farmersTrained records';
// The API takes periods of 1949–2100: a writer's own base has that many free months.
const MONTHS = (2100 - 1949 + 1) * 12;

/** Every id acknowledged in the run; outcome records with their last acknowledged figure. */
export function createRegistry(world) {
  const records = new Map(world.records.map((r) => [r.id, { value: r.outputValueYuan }]));
  return { bases: new Set(world.bases), activities: new Set(), records };
}

/** A writer works on its own bases only, so its writes never collide with another's. */
export function writer(world, registry, index) {
  const state = { base: world.writerBases[index], month: 0, own: [], created: 0 };
  const recordOutcome = write(
    'recordOutcome',
    'period baseId outputValueYuan',
    () => ({
      period: monthPeriod(state.month++),
      baseId: state.base,
      areaMu: '10.5',
      outputValueYuan: money(),
      jobsPersonTimes: '12',
      source: world.tag,
    }),
    (r, input) => r.period === input.period && r.baseId === input.baseId && same(r.outputValueYuan, input.outputValueYuan),
    (r) => (registry.records.set(r.id, { value: r.outputValueYuan }), state.own.push(r.id)),
  );
  const updateOutcomeRecord = write(
    'updateOutcomeRecord',
    'outputValueYuan',
    () => {
      const id = state.own[randomInt(state.own.length)];
      // Until acknowledged, the figure is unknown (a failed update may or may not have been applied).
      registry.records.get(id).value = undefined;
      return { id, outputValueYuan: money() };
    },
    (r, input) => r.id === input.id && same(r.outputValueYuan, input.outputValueYuan),
    (r) => (registry.records.get(r.id).value = r.outputValueYuan),
  );
  const createBase = write(
    'createBase',
    'name villageId',
    () => ({
      name: `压测基地${index + 1}-${++state.created}（${world.tag}）`,
      villageId: world.villages[index % VILLAGES],
      areaMu: '35.5',
    }),
    (r, input) => r.name === input.name && r.villageId === input.villageId,
    (r) => (registry.bases.add(r.id), Object.assign(state, { base: r.id, month: 0 })),
  );
  const recordServiceActivity = write(
    'recordServiceActivity',
    'teamId baseId date',
    () => ({
      teamId: world.team,
      baseId: state.base,
      date: pastDate(),
      topic: `压测服务活动（${world.tag}）`,
      farmersTrained: randomInt(50),
      areaCoveredMu: '15.5',
    }),
    (r, input) => r.teamId === input.teamId && r.baseId === input.baseId && r.date === input.date,
    (r) => registry.activities.add(r.id),
  );
  return () => {
    const dice = Math.random();
    if (state.month >= MONTHS || dice < 0.1) return createBase;
    if (dice < 0.3) return recordServiceActivity;
    if (dice < 0.5 && state.own.length > 0) return updateOutcomeRecord;
    return recordOutcome;
  };
}

/** Readers ask what a clerk's and a leader's screens ask, in the load test's county. */
export function reader(world, registry) {
  const county = { f: { divisionId: world.county } };
  // A list's total never falls below what had been acknowledged when the request was sent.
  const acknowledged = () => ({ bases: registry.bases.size, records: registry.records.size });
  const readers = [
    read(
      'impactSummary by town',
      `query($f: ImpactFilter) { impactSummary(filter: $f, groupBy: TOWN) { totals { ${FIGURES} } groups { key label figures { ${FIGURES} } } } }`,
      county,
      (r) =>
        figures(r.totals) &&
        r.groups.every((g) => typeof g.label === 'string' && figures(g.figures) && (g.key === null || world.towns.includes(g.key))),
    ),
    read(
      'match impact',
      `query($id: ID!) { match(id: $id) { id summaryText impact { ${FIGURES} } } }`,
      { id: world.match },
      (r) => r.id === world.match && r.summaryText.length > 0 && figures(r.impact),
    ),
    read(
      'bases list',
      'query($f: BaseFilter) { bases(filter: $f, take: 20) { items { id village { id } } totalItems } }',
      county,
      (r, before) =>
        r.totalItems >= before.bases &&
        r.items.length === Math.min(20, r.totalItems) &&
        r.items.every((b) => world.villages.includes(b.village.id)),
    ),
    read(
      'outcomeRecords list',
      'query($f: ImpactFilter) { outcomeRecords(filter: $f, take: 20) { items { id period } totalItems } }',
      county,
      (r, before) =>
        r.totalItems >= before.records &&
        r.items.length === Math.min(20, r.totalItems) &&
        r.items.every((o) => typeof o.period === 'string'),
    ),
  ].map((op) => ({ ...op, request: () => ({ ...op.request(), before: acknowledged() }) }));
  return () => readers[randomInt(readers.length)];
}

// An operation: `request()` gives { query, variables, … }, `check(data, sent)` is true for the
// expected response, `acknowledge(data)` runs after one.
function write(name, fields, input, check, acknowledge) {
  const query = `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { id ${fields} } }`;
  return {
    name,
    kind: 'write',
    request: () => ({ query, variables: { input: input() } }),
    check: (data, sent) => typeof data[name]?.id === 'string' && check(data[name], sent.variables.input),
    acknowledge: (data) => acknowledge(data[name]),
  };
}

function read(name, query, variables, check) {
  const root = (data) => Object.values(data)[0];
  return {
    name,
    kind: 'read',
    request: () => ({ query, variables }),
    check: (data, sent) => root(data) !== null && check(root(data), sent.before),
    acknowledge: () => {},
  };
}

const figures = (f) => FIGURES.split(' ').every((field) => f?.[field] !== null && f?.[field] !== undefined);
const same = (a, b) => a !== null && Number(a) === Number(b);
const monthPeriod = (n) => `${1949 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
const money = () => `${randomInt(1000, 1_000_000)}.${randomInt(1, 10)}${randomInt(1, 10)}`;
const pastDate = () => new Date(Date.UTC(2000, 0, 1 + randomInt(9000))).toISOString().slice(0, 10);
