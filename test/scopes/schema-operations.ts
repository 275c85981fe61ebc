import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  Lexer,
  parse,
  Source,
  TokenKind,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

import { operationCost } from '../../apps/api/src/graphql/operation-cost.js';
import { REQUEST_LIMITS } from '../../apps/api/src/graphql/request-limits.js';

/**
 * Operations generated from the schema: for one root field, every field reachable from it —
 * scalars, and object fields walked down to `ENTITY_DEPTH` entities (types with an `id`) —
 * split into as many operations as the server's limits (tokens, depth, cost) require. Nothing
 * here names a type or a field: a relation added next year is walked the day it is declared.
 */

/** Entities on one path: `outcomeRecord → match → enterprise → matches` is four. */
export const ENTITY_DEPTH = 4;
/** `take` for every paged list below the root: more than town A holds of any type, so a leaking page shows a row from outside. */
export const PAGE_SIZE = 5;

interface Node {
  /** The field as written, with its arguments: `matches`, `activities(take: 5)`. */
  field: string;
  scalars: string[];
  children: Node[];
}

/** The arguments a nested field is given: a page size where it takes one, nothing else (defaults hold). */
function argumentText(field: GraphQLField<unknown, unknown>): string {
  return field.args.some((argument) => argument.name === 'take') ? `(take: ${PAGE_SIZE})` : '';
}

function hasId(type: GraphQLObjectType): boolean {
  return 'id' in type.getFields();
}

/** The selection tree under a field of `type`; `entities` counts the entities above, this one included. */
function tree(field: string, type: GraphQLObjectType, entities: number): Node {
  const node: Node = { field, scalars: ['__typename'], children: [] };
  for (const child of Object.values(type.getFields())) {
    // Only root fields get arguments filled (rootCalls): a nested one that needs some must not be skipped silently.
    if (child.args.some((argument) => isNonNullType(argument.type) && argument.defaultValue === undefined)) {
      throw new Error(`${type.name}.${child.name} has required arguments: teach the walk to fill them (test/scopes/schema-operations.ts)`);
    }
    const named = getNamedType(child.type);
    if (isLeafType(named)) node.scalars.push(`${child.name}${argumentText(child)}`);
    else if (isObjectType(named)) {
      const depth = hasId(named) ? entities + 1 : entities;
      if (depth <= ENTITY_DEPTH) node.children.push(tree(`${child.name}${argumentText(child)}`, named, depth));
    }
  }
  return node;
}

function render(node: Node, inner?: string): string {
  const parts = [...node.scalars, ...node.children.map((child) => render(child))];
  if (inner) parts.push(inner);
  return `${node.field} { ${parts.join(' ')} }`;
}

export interface Limits {
  tokens: number;
  cost: number;
  depth: number;
}

/** The server's limits, less a margin so that nothing generated is refused for its size. */
export const SERVER_LIMITS: Limits = {
  tokens: REQUEST_LIMITS.maxTokens - 100,
  cost: REQUEST_LIMITS.maxCost,
  depth: REQUEST_LIMITS.maxDepth,
};

function fits(schema: GraphQLSchema, text: string, limits: Limits): boolean {
  if (countTokens(text) > limits.tokens) return false;
  const document = parse(text);
  if (depthOf(document.definitions[0] as OperationDefinitionNode) > limits.depth) return false;
  const cost = operationCost(schema, document, document.definitions[0] as OperationDefinitionNode, {});
  return cost !== undefined && cost <= limits.cost;
}

/**
 * The operations that together select the whole tree under `rootField` (written with its
 * arguments). A tree too big for one is split by its children; the path down to a split-off
 * child keeps `__typename` and `id` at every level, so every object read is still identified.
 */
export function operationsFor(schema: GraphQLSchema, rootField: string, limits: Limits = SERVER_LIMITS): string[] {
  // Every caller walks the same calls: generate each once per schema.
  const known = generated.get(schema) ?? generated.set(schema, new Map()).get(schema)!;
  if (!known.has(rootField)) known.set(rootField, generate(schema, rootField, limits));
  return known.get(rootField) as string[];
}

const generated = new WeakMap<GraphQLSchema, Map<string, string[]>>();

function generate(schema: GraphQLSchema, rootField: string, limits: Limits): string[] {
  const queryType = schema.getQueryType() as GraphQLObjectType;
  const name = rootField.replace(/[({].*$/s, '').trim();
  const type = getNamedType(queryType.getFields()[name].type);
  if (!isObjectType(type)) return [`{ ${rootField} }`];
  const root = tree(rootField, type, hasId(type) ? 1 : 0);
  return split(schema, [], root, limits);
}

function split(schema: GraphQLSchema, path: Node[], node: Node, limits: Limits): string[] {
  const wrap = (inner: Node) => `{ ${path.reduceRight((text, above) => render({ ...above, children: [] }, text), render(inner))} }`;
  const whole = wrap(node);
  if (fits(schema, whole, limits)) return [whole];
  // The node's own scalars, then as many whole children as fit beside them, then the rest apart.
  const kept: Node = { ...node, children: [] };
  if (!fits(schema, wrap(kept), limits)) {
    // Even the node's own scalars are too many this deep: ask for them in halves.
    const own = node.scalars.filter((scalar) => !IDENTIFYING.includes(scalar));
    if (own.length < 2) throw new Error(`生成的操作超出服务器限制，无法再拆分：${wrap(kept).slice(0, 200)}…`);
    const identifying = node.scalars.filter((scalar) => IDENTIFYING.includes(scalar));
    const half = Math.ceil(own.length / 2);
    return [
      ...split(schema, path, { ...node, scalars: [...identifying, ...own.slice(0, half)], children: [] }, limits),
      ...split(schema, path, { ...node, scalars: [...identifying, ...own.slice(half)] }, limits),
    ];
  }
  const apart: Node[] = [];
  for (const child of node.children) {
    const tried = { ...kept, children: [...kept.children, child] };
    if (fits(schema, wrap(tried), limits)) kept.children.push(child);
    else apart.push(child);
  }
  const below = [...path, { ...node, scalars: node.scalars.filter((scalar) => IDENTIFYING.includes(scalar)) }];
  return [wrap(kept), ...apart.flatMap((child) => split(schema, below, child, limits))];
}

/** Kept at every level of a split-off path, so each object read is still identified. */
const IDENTIFYING = ['__typename', 'id'];

function countTokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

function depthOf(operation: OperationDefinitionNode): number {
  const walk = (selections: readonly { kind: string; selectionSet?: { selections: readonly unknown[] } }[]): number =>
    Math.max(0, ...selections.map((selection) => 1 + (selection.selectionSet ? walk(selection.selectionSet.selections as never) : 0)));
  return walk(operation.selectionSet.selections as never);
}
