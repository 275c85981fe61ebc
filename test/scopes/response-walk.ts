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
      if (required.length === 0) {
        if (!field.args.some((argument) => argument.name === 'take')) return [field.name];
        const response = await client.request(`{ ${field.name}(take: 1) { totalItems } }`);
        const total = Math.min(MOST_ROWS, Math.max(1, (response.data?.[field.name] as { totalItems?: number } | null)?.totalItems ?? 1));
        return Array.from({ length: total }, (_, skip) => `${field.name}(skip: ${skip}, take: 1)`);
      }
      if (required.length > 1 || required[0].name !== 'id') {
        throw new Error(`Query.${field.name} has required arguments the walk cannot fill: ${required.map((a) => a.name).join(', ')}`);
      }
      const ids = idsOf(getNamedType(field.type).name);
      if (ids.length === 0) throw new Error(`no ids of ${getNamedType(field.type).name} in the test world for Query.${field.name}(id)`);
      return ids.map((id) => `${field.name}(id: ${JSON.stringify(id)})`);
    }),
  );
  return calls.flat();
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
