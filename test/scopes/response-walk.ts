import { getNamedType, isNonNullType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';

import type { GraphqlClient } from '../support/graphql-client.js';
import { operationsFor } from './schema-operations.js';

/** An identified object in a response, and where it was. */
export interface Seen {
  typename: string;
  id: string;
  path: string;
  operation: string;
}

/** What a caller got back from every generated operation. */
export interface Harvest {
  objects: Seen[];
  /** `impact` as read on shared objects (Enterprise, Member, ServiceTeam). */
  impacts: { typename: string; id: string; figures: Record<string, unknown>; path: string }[];
  sentences: { text: string; path: string }[];
  /** Every scalar string or number, for figures that must not appear anywhere. */
  scalars: { value: string; path: string }[];
  /** Errors other than the harmless refusals (see REFUSALS): each one is a failure of the walk. */
  errors: string[];
  operations: number;
}

/** Root lists are read a row at a time (`take: 1`), so the walk below each row fits the cost limit; at most this many rows. */
const MOST_ROWS = 10;

/**
 * The root calls to make: each Query field, with its required arguments filled — an `id` with
 * the ids of both inside and outside rows of the field's type — and each page of a root list
 * one row long, for as many rows as `client` is told there are. A required argument the test
 * cannot fill is an error, not a skipped field.
 */
export async function rootCalls(schema: GraphQLSchema, client: GraphqlClient, idsOf: (typename: string) => string[]): Promise<string[]> {
  const query = schema.getQueryType() as GraphQLObjectType;
  const calls = await Promise.all(
    Object.values(query.getFields()).map(async (field) => {
      const required = field.args.filter((argument) => isNonNullType(argument.type) && argument.defaultValue === undefined);
      // Each required argument gets every value the world has for it; a root takes at most one list.
      const values = required.map((argument) => {
        const named = getNamedType(argument.type).name;
        if (argument.name === 'year' && named === 'Int') return [String(WORLD_YEAR)];
        const typename = argument.name === 'id' ? getNamedType(field.type).name : idTypeOf(argument.name, named);
        if (!typename) throw new Error(`Query.${field.name} has a required argument the walk cannot fill: ${argument.name}`);
        const ids = idsOf(typename);
        if (ids.length === 0) throw new Error(`no ids of ${typename} in the test world for Query.${field.name}(${argument.name})`);
        return ids.map((id) => JSON.stringify(id));
      });
      if (values.filter((list) => list.length > 1).length > 1)
        throw new Error(`Query.${field.name} takes two lists of ids: the walk would multiply them`);
      const longest = Math.max(1, ...values.map((list) => list.length));
      const argumentLists = Array.from({ length: longest }, (_, index) =>
        required.map((argument, at) => `${argument.name}: ${values[at][Math.min(index, values[at].length - 1)]}`),
      );
      if (!field.args.some((argument) => argument.name === 'take')) {
        return argumentLists.map((list) => (list.length === 0 ? field.name : `${field.name}(${list.join(', ')})`));
      }
      // A page of a root list, one row at a time.
      const pages = await Promise.all(
        argumentLists.map(async (list) => {
          const response = await client.request(`{ ${field.name}(${[...list, 'take: 1'].join(', ')}) { totalItems } }`);
          const total = Math.min(MOST_ROWS, Math.max(1, (response.data?.[field.name] as { totalItems?: number } | null)?.totalItems ?? 1));
          return Array.from({ length: total }, (_, skip) => `${field.name}(${[...list, `skip: ${skip}`, 'take: 1'].join(', ')})`);
        }),
      );
      return pages.flat();
    }),
  );
  return calls.flat();
}

/** The year the test world's yearly figures (duty points) are asked for. */
export const WORLD_YEAR = 2024;

/** The type an id argument names (`memberId` → Member); null for any other argument. */
function idTypeOf(argument: string, named: string): string | null {
  if (named !== 'ID' || !argument.endsWith('Id')) return null;
  return argument.charAt(0).toUpperCase() + argument.slice(1, -2);
}

/** Runs every generated operation of every root call as `client`, a few at a time, and harvests the answers. */
export async function harvest(schema: GraphQLSchema, client: GraphqlClient, calls: string[]): Promise<Harvest> {
  const result: Harvest = { objects: [], impacts: [], sentences: [], scalars: [], errors: [], operations: 0 };
  const operations = calls.flatMap((call) => operationsFor(schema, call));
  result.operations = operations.length;
  let next = 0;
  const worker = async () => {
    while (next < operations.length) {
      const operation = operations[next++];
      const response = await requestOnce(client, operation);
      for (const error of response.errors ?? []) {
        if (!REFUSALS.includes(error.extensions?.code ?? ''))
          result.errors.push(`${error.extensions?.code}: ${error.message} — ${operation}`);
      }
      collect(response.data, '', operation, result);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return result;
}

/** Refusals that reveal nothing: roots for administrators only, and `me` of an API key (which is no user). */
const REFUSALS = ['FORBIDDEN', 'NOT_FOUND'];

/**
 * Sends one operation, again once if the connection was dropped: generating the operations keeps
 * the event loop busy for a while, and the server may close an idle kept-alive socket just as it is reused.
 */
async function requestOnce(client: GraphqlClient, operation: string) {
  try {
    return await client.request(operation);
  } catch {
    return client.request(operation);
  }
}

const SHARED_WITH_IMPACT = new Set(['Enterprise', 'Member', 'ServiceTeam']);

function collect(value: unknown, path: string, operation: string, into: Harvest): void {
  if (Array.isArray(value)) return value.forEach((item, index) => collect(item, `${path}[${index}]`, operation, into));
  if (value === null || value === undefined) return;
  if (typeof value !== 'object') {
    into.scalars.push({ value: String(value), path });
    return;
  }
  const object = value as Record<string, unknown>;
  const typename = object.__typename as string | undefined;
  if (typename && typeof object.id === 'string') into.objects.push({ typename, id: object.id, path, operation });
  if (typename && typeof object.id === 'string' && SHARED_WITH_IMPACT.has(typename) && object.impact) {
    into.impacts.push({ typename, id: object.id, figures: object.impact as Record<string, unknown>, path });
  }
  if (typeof object.summaryText === 'string') into.sentences.push({ text: object.summaryText, path: `${path}.summaryText` });
  for (const [key, child] of Object.entries(object)) {
    if (key !== '__typename') collect(child, path ? `${path}.${key}` : key, operation, into);
  }
}
