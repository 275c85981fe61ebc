import { buildClientSchema, getIntrospectionQuery, getNamedType, isObjectType, type GraphQLSchema, type IntrospectionQuery } from 'graphql';

import { formatCount, formatYuan } from '@rural/reporting';

import { sql } from '../support/database.js';
import type { GraphqlClient } from '../support/graphql-client.js';
import { clientWithKey, clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { identifiedTypes, outsideScope, typesWithoutRule } from './placement-rules.js';
import { harvest, rootCalls, type Harvest } from './response-walk.js';
import { buildTwoTownsWorld, type TwoTownsWorld } from './two-towns-world.js';

// Division scopes on every path, generated from the schema the server serves: every root field,
// every relation below it (see schema-operations.ts), asked by callers limited to town A in a
// world where shared enterprises, members and teams also work in town B. Nothing placed outside
// town A may come back, no sentence may quote a figure from outside it, and the shared
// registries' `impact` counts town A only.

const CALLERS = ['VIEWER', 'EDITOR', 'ADMIN', 'key VIEWER'] as const;
type Caller = (typeof CALLERS)[number];

describe('division scopes: a walk over the whole schema', () => {
  let t: TestApp;
  let world: TwoTownsWorld;
  let schema: GraphQLSchema;
  let firstAdministrator: string;
  const clients = new Map<Caller, GraphqlClient & { userId?: string }>();
  const harvests = new Map<Caller, Harvest>();

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildTwoTownsWorld(t);
    clients.set('VIEWER', await clientWithScope(t, 'VIEWER', world.townA));
    clients.set('EDITOR', await clientWithScope(t, 'EDITOR', world.townA));
    clients.set('ADMIN', await clientWithScope(t, 'ADMIN', world.townA));
    clients.set('key VIEWER', await clientWithKey(t, 'VIEWER', world.townA));
    [{ id: firstAdministrator }] = await sql<{ id: string }>(t, `SELECT id::text AS id FROM app_user WHERE username = 'admin'`);
    const introspection = await (clients.get('VIEWER') as GraphqlClient).ok<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(introspection);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  /** Walks once per caller; the assertions below read what it brought back. */
  async function walked(caller: Caller): Promise<Harvest> {
    if (!harvests.has(caller)) {
      const client = clients.get(caller) as GraphqlClient & { userId?: string };
      const idsOf = (typename: string) => {
        // The caller's own account, and the first administrator's, which no division limits.
        if (typename === 'User') return [...(client.userId ? [client.userId] : []), firstAdministrator];
        const rows = world.rows[typename];
        return rows ? [...rows.inside, ...rows.outside] : [];
      };
      harvests.set(caller, await harvest(schema, client, await rootCalls(schema, client, idsOf)));
    }
    return harvests.get(caller) as Harvest;
  }

  it('knows where every identified type of the schema lies (a new one needs a placement rule)', () => {
    const types = identifiedTypes(schema);
    expect(types).toEqual(expect.arrayContaining(['Division', 'Base', 'Match', 'ServiceActivity', 'OutcomeRecord', 'Enterprise']));
    expect(typesWithoutRule(types).map((name) => `add a placement rule for ${name}`)).toEqual([]);
  });

  it('walks every root field, with no error but refusals, and reaches the rows of town A', async () => {
    const walk = await walked('VIEWER');
    const queryFields = Object.keys(schema.getQueryType()?.getFields() ?? {});
    const reached = new Set(walk.objects.map((seen) => seen.path.split(/[.[]/)[0]));
    // Roots that answer objects to a viewer limited to town A (admin-only roots are refused).
    for (const root of ['division', 'divisions', 'base', 'bases', 'enterprise', 'enterprises', 'member', 'members', 'match', 'matches']) {
      expect(queryFields).toContain(root);
      expect(reached).toContain(root);
    }
    expect(walk.errors).toEqual([]);
    expect(walk.operations).toBeGreaterThan(queryFields.length);
  }, 600_000);

  it.each(CALLERS)(
    '%s limited to town A sees nothing placed outside it, on any path',
    async (caller) => {
      const walk = await walked(caller);
      expect(walk.errors).toEqual([]);
      const byType = new Map<string, Set<string>>();
      for (const seen of walk.objects) byType.set(seen.typename, (byType.get(seen.typename) ?? new Set()).add(seen.id));
      const leaks: string[] = [];
      for (const [typename, ids] of byType) {
        const outside = new Set(await outsideScope(t, typename, [...ids], world.townA));
        const paths = walk.objects.filter((seen) => seen.typename === typename && outside.has(seen.id));
        for (const seen of uniqueBy(paths, (seen) => `${seen.typename}:${seen.id}:${seen.path.replace(/\[\d+\]/g, '[]')}`)) {
          leaks.push(`${seen.typename} ${seen.id} at ${seen.path}`);
        }
      }
      // Town A's own rows did come back: the walk reached them.
      expect([...(byType.get('Match') ?? [])]).toEqual(expect.arrayContaining(world.rows.Match.inside));
      expect(leaks).toEqual([]);
    },
    600_000,
  );

  it.each(CALLERS)(
    '%s limited to town A reads no figure from outside it, in sentences or anywhere else',
    async (caller) => {
      const walk = await walked(caller);
      const { yuan, personTimes, mu } = world.outsideFigures;
      const renderings = [
        ...yuan.flatMap((value) => [formatYuan(value, false), formatYuan(value, true, '余'), formatYuan(value, true, '以上')]),
        ...personTimes.flatMap((value) => [formatCount(value, '人次', false), formatCount(value, '人次', true)]),
        ...mu.flatMap((value) => [formatCount(value, '亩', false), formatCount(value, '亩', true)]),
      ];
      expect(walk.sentences.length).toBeGreaterThan(0);
      const quoted = walk.sentences.flatMap(({ text, path }) =>
        renderings.filter((r) => text.includes(r)).map((r) => `${r} in ${path}: ${text}`),
      );
      expect(uniqueBy(quoted, (line) => line.replace(/\[\d+\]/g, '[]'))).toEqual([]);
      const raw = new Set([...yuan, ...personTimes, ...mu]);
      const exposed = walk.scalars.filter(({ value }) => raw.has(value)).map(({ value, path }) => `${value} at ${path}`);
      expect(uniqueBy(exposed, (line) => line.replace(/\[\d+\]/g, '[]'))).toEqual([]);
    },
    600_000,
  );

  it.each(CALLERS)(
    "%s limited to town A gets town A's impact on every enterprise, member and team",
    async (caller) => {
      const walk = await walked(caller);
      const filterArgument: Record<string, string> = { Enterprise: 'enterpriseId', Member: 'memberId', ServiceTeam: 'teamId' };
      const expected = new Map<string, Record<string, unknown>>();
      const wrong: string[] = [];
      for (const { typename, id, figures, path } of walk.impacts) {
        const key = `${typename}:${id}`;
        if (!expected.has(key)) expected.set(key, await townATotals(filterArgument[typename], id, impactFigureNames(schema)));
        // A deep `impact` may have been asked for in halves: compare the figures this answer holds.
        const town = expected.get(key) as Record<string, unknown>;
        const differing = Object.keys(figures).filter((name) => name !== '__typename' && figures[name] !== town[name]);
        if (differing.length > 0)
          wrong.push(`${key} at ${path}: ${differing.map((name) => `${name} ${figures[name]} ≠ ${town[name]}`).join(', ')}`);
      }
      expect(new Set(walk.impacts.map((impact) => impact.typename))).toEqual(new Set(Object.keys(filterArgument)));
      expect(uniqueBy(wrong, (line) => line.replace(/\[\d+\]/g, '[]'))).toEqual([]);
    },
    600_000,
  );

  it('has shared rows whose town A figures differ from their county-wide ones (so the impact check can fail)', async () => {
    const names = impactFigureNames(schema);
    for (const [argument, id] of [
      ['enterpriseId', world.enterprise],
      ['memberId', world.broker],
      ['teamId', world.team],
    ]) {
      const inTownA = await townATotals(argument, id, names);
      const everywhere = await t.admin.ok(`{ impactSummary(filter: { ${argument}: "${id}" }) { totals { ${names.join(' ')} } } }`);
      expect(inTownA).not.toEqual(everywhere.impactSummary.totals);
    }
  });

  /** Town A's figures for one subject, as an unlimited administrator filters them. */
  async function townATotals(argument: string, id: string, fields: string[]): Promise<Record<string, unknown>> {
    const data = await t.admin.ok(
      `{ impactSummary(filter: { divisionId: "${world.townA}", ${argument}: "${id}" }) { totals { ${fields.join(' ')} } } }`,
    );
    return data.impactSummary.totals;
  }
});

function impactFigureNames(schema: GraphQLSchema): string[] {
  const type = getNamedType(schema.getType('ImpactFigures') as never);
  return isObjectType(type) ? Object.keys(type.getFields()) : [];
}

function uniqueBy<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(keyOf(item))) seen.set(keyOf(item), item);
  return [...seen.values()];
}
