import { readFileSync } from 'node:fs';

import { buildSchema, getIntrospectionQuery, parse, type OperationDefinitionNode } from 'graphql';

import { operationCost } from './operation-cost.js';
import { REQUEST_LIMITS } from './request-limits.js';

// The cost rule on the committed schema (`schema.gql`, checked against the code by schema:check).
const schema = buildSchema(readFileSync('schema.gql', 'utf8'));
const FIGURES =
  'areaMu outputValueYuan jobsPersonTimes householdRentYuan collectiveIncomeYuan householdsBenefited towns villages bases enterprises matches serviceActivities farmersTrained records';

function costOf(query: string, variables: Record<string, unknown> = {}): number | undefined {
  const document = parse(query);
  return operationCost(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
}

describe('operation cost', () => {
  it('counts one per field, and a paged list once per item it may hold', () => {
    // matches 1 + 100 × (items 1 + id 1)
    expect(costOf(`{ matches(take: 100) { items { id } } }`)).toBe(201);
    // The default page holds 20.
    expect(costOf(`{ matches { items { id } } }`)).toBe(41);
    // totalItems is counted inside the page's repetition: a small, safe overestimate.
    expect(costOf(`{ matches(take: 10) { totalItems } }`)).toBe(11);
  });

  it('reads take from variables, and never lets a take below 1 lower the estimate', () => {
    expect(costOf(`query($n: Int!) { matches(take: $n) { items { id } } }`, { n: 100000 })).toBe(200_001);
    expect(costOf(`query($n: Int!) { matches(take: $n) { items { id } } }`, { n: -100000 })).toBe(3);
  });

  it("repeats an unpaged list by a guess, but a page's items only once", () => {
    const guess = REQUEST_LIMITS.unpagedListGuess;
    expect(costOf(`{ match(id: "1") { brokers { name } } }`)).toBe(1 + (1 + guess * 1));
  });

  it('leaves the variables to execution when they do not fit their types', () => {
    expect(costOf(`query($n: Int!) { matches(take: $n) { items { id } } }`, { n: 'many' })).toBeUndefined();
  });

  it.each([
    ['R6: 100 matches with impact and summaryText', `{ matches(take: 100) { items { id impact { ${FIGURES} } summaryText } } }`],
    [
      'C1: 100 bases with village, town and operator',
      `{ bases(take: 100) { items { id name village { name } town { name } operator { name } } } }`,
    ],
    [
      '100 teams, each with its 20 latest visits',
      `{ serviceTeams(take: 100) { items { id activities { items { topic base { id } team { id } } totalItems } } } }`,
    ],
    ['impactSummary with groups', `{ impactSummary(groupBy: TOWN) { totals { ${FIGURES} } groups { key label figures { ${FIGURES} } } } }`],
    ["the explorer's introspection query", getIntrospectionQuery()],
  ])('keeps %s within the limit', (_label, query) => {
    expect(costOf(query)).toBeLessThanOrEqual(REQUEST_LIMITS.maxCost);
  });

  it.each([
    ['take: 100000', `{ matches(take: 100000) { items { id } } }`],
    ['a page of 100 inside a page of 100', `{ serviceTeams(take: 100) { items { activities(take: 100) { items { id } } } } }`],
    ['unpaged lists nested three times under a page', `{ matches(take: 100) { items { brokers { matches { brokers { id } } } } } }`],
    ['a fragment bomb', `query { matches(take: 1) { items { ...a } } } ${bombFragments(20)}`],
  ])('puts %s over the limit', (_label, query) => {
    expect(costOf(query)).toBeGreaterThan(REQUEST_LIMITS.maxCost);
  });
});

/** Fragments each spreading the next twice: 2^levels selections from a tiny document. */
function bombFragments(levels: number): string {
  const parts = [];
  for (let i = 0; i < levels; i += 1) {
    const name = i === 0 ? 'a' : `f${i}`;
    const next = `f${i + 1}`;
    parts.push(i === levels - 1 ? `fragment ${name} on Match { id }` : `fragment ${name} on Match { ...${next} ...${next} }`);
  }
  return parts.join(' ');
}
