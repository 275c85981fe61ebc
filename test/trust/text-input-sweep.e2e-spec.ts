import { readFileSync } from 'node:fs';

import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';

import { countRows } from '../support/database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Every String and ID a mutation takes — arguments and input fields at any depth, found by
// walking the committed schema, so a field added later is swept too — refuses a NUL character
// and a text of nothing but invisible characters with BAD_USER_INPUT naming the field, and
// nothing is written.

const schema = buildSchema(readFileSync('schema.gql', 'utf8'));

const SAMPLE_SCALARS: Record<string, unknown> = {
  String: 'x',
  ID: '1',
  Int: 0,
  Float: 0,
  Boolean: false,
  Decimal: '1',
  Date: '2025-01-01',
  DateTime: '2025-01-01T00:00:00Z',
  Period: '2025',
};

/** A value the type accepts, with only the required fields of input objects. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isScalarType(type)) return SAMPLE_SCALARS[type.name];
  const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
  return Object.fromEntries(fields.map((field) => [field.name, sample(field.type)]));
}

interface Target {
  mutation: string;
  /** The variables, with the bad text put in place by `withText`; '0' steps into a list's first item. */
  path: string[];
  isList: boolean;
  /** For each '0' step of the path, the list item it stands in (with its required fields). */
  items: Record<number, unknown>;
}

function isText(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return named.name === 'String' || named.name === 'ID';
}

function listOf(type: GraphQLInputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** Every String/ID place under an argument: itself, or its input fields at any depth. */
function targetsOf(mutation: string, argument: GraphQLArgument): Target[] {
  const walk = (type: GraphQLInputType, path: string[], items: Record<number, unknown>, seen: Set<string>): Target[] => {
    if (isText(type)) return [{ mutation, path, isList: listOf(type), items }];
    const named = getNamedType(type);
    if (!isInputObjectType(named) || seen.has(named.name)) return [];
    // A list of input objects (an event's participants): the text goes into its first item.
    const here = listOf(type) ? [...path, '0'] : path;
    const heldItems = listOf(type) ? { ...items, [path.length]: sample(named) } : items;
    return Object.values(named.getFields()).flatMap((field) =>
      walk(field.type, [...here, field.name], heldItems, new Set([...seen, named.name])),
    );
  };
  return walk(argument.type, [argument.name], {}, new Set());
}

const mutations = Object.values(schema.getMutationType()!.getFields());
const targets = mutations.flatMap((field) => field.args.flatMap((argument) => targetsOf(field.name, argument)));

function operationOf(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((argument) => `$${argument.name}: ${argument.type.toString()}`).join(', ');
  const passed = field.args.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `mutation${variables ? `(${variables})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

function variablesWith(field: GraphQLField<unknown, unknown>, target: Target, text: string): Record<string, unknown> {
  const variables = Object.fromEntries(field.args.map((argument) => [argument.name, sample(argument.type)])) as Record<string, any>;
  let holder: Record<string, any> = variables;
  for (const [index, name] of target.path.entries()) {
    if (index === target.path.length - 1) holder[name] = target.isList ? [text] : text;
    else if (target.path[index + 1] === '0') holder = holder[name] = [structuredClone(target.items[index + 1])];
    else holder = holder[name] ??= {};
  }
  return variables;
}

describe('text inputs of every mutation', () => {
  let t: TestApp;
  let auditEntries: number;
  let sessions: number;

  beforeAll(async () => {
    t = await startTestApp();
    auditEntries = await countRows(t, 'audit_entry');
    sessions = await countRows(t, 'user_session');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('finds the text fields to sweep in the schema', () => {
    const places = targets.map((target) => `${target.mutation}.${target.path.join('.')}`);
    expect(places).toEqual(
      expect.arrayContaining(['createBase.input.name', 'recordOutcome.input.source', 'login.username', 'returnOutcomes.reason']),
    );
    expect(targets.length).toBeGreaterThan(60);
  });

  it.each([
    ['a NUL character', 'a\u0000b', /不能包含控制字符$/],
    ['zero-width spaces only', '\u200b\u200b', /不能只包含不可见字符$/],
  ])('refuses %s in every one of them, naming the field in Chinese', async (_label, text, expected) => {
    const misses: string[] = [];
    for (const target of targets) {
      const field = schema.getMutationType()!.getFields()[target.mutation];
      const result = await t.admin.request(operationOf(field), variablesWith(field, target, text));
      // Fields are named inside the argument; an argument that is itself text is named as it is.
      const name = target.path.length === 1 ? target.path[0] : target.path.slice(1).join('.');
      const problem = result.errors?.[0]?.extensions?.fields?.find((candidate) => candidate.field === name);
      const ok =
        result.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT' &&
        problem !== undefined &&
        expected.test(problem.message) &&
        !/[A-Za-z]/.test(problem.message) &&
        result.data?.[target.mutation] == null;
      if (!ok) misses.push(`${target.mutation} ${target.path.join('.')}: ${JSON.stringify(result.errors ?? result.data)}`);
    }
    expect(misses).toEqual([]);
  });

  it('wrote nothing: no audit entry, no session', async () => {
    expect(await countRows(t, 'audit_entry')).toBe(auditEntries);
    expect(await countRows(t, 'user_session')).toBe(sessions);
  });

  it('still accepts text with a zero-width joiner inside, and line breaks in a multi-line source', async () => {
    const { createEnterprise } = await t.admin.ok(`mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { name } }`, {
      input: { name: '共耕\u200d合作社' },
    });
    expect(createEnterprise.name).toBe('共耕\u200d合作社');
    const division = await t.admin.ok(`mutation($input: CreateDivisionInput!) { createDivision(input: $input) { id } }`, {
      input: { name: '测试县', level: 'COUNTY' },
    });
    const { recordOutcome } = await t.admin.ok(`mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { source } }`, {
      input: { period: '2024', divisionId: division.createDivision.id, areaMu: '1', source: '第一行\n第二行' },
    });
    expect(recordOutcome.source).toBe('第一行\n第二行');
    const refused = await t.admin.fails(`mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { name } }`, {
      input: { name: '第一行\n第二行' },
    });
    expect(refused.extensions?.fields).toEqual([{ field: 'name', message: '企业名称不能包含控制字符' }]);
  });
});
