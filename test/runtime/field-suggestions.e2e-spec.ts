import { startTestApp, type TestApp } from '../support/test-app.js';

// The schema is hidden from callers who may not introspect, so graphql-js's "Did you mean …"
// hints, which name real fields, arguments and types, must not reach them either.

const MISTAKES = [
  ['an unknown field', '{ divisons { totalItems } }', 'divisions'],
  ['an unknown argument', '{ bases(taek: 1) { totalItems } }', 'take'],
  ['an unknown input field in a literal', '{ bases(filter: { serch: "村" }) { totalItems } }', 'search'],
  ['an unknown type in a variable', 'query($f: BaseFiltr) { bases(filter: $f) { totalItems } }', 'BaseFilter'],
] as const;

describe('field suggestions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it.each(MISTAKES)('gives an anonymous caller no hint for %s', async (_label, query, hidden) => {
    const result = await t.anonymous.request(query);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const messages = JSON.stringify(result.errors);
    expect(messages).not.toContain('Did you mean');
    expect(messages).not.toContain(`"${hidden}"`);
  });

  it('gives a caller with a wrong token no hint either', async () => {
    const result = await t.anonymous.request(MISTAKES[0][1], undefined, { authorization: 'Bearer not-a-token' });
    expect(JSON.stringify(result.errors)).not.toContain('Did you mean');
  });

  it.each(MISTAKES)('keeps the hint for a signed-in caller, who may read the schema (%s)', async (_label, query, hidden) => {
    const result = await t.admin.request(query);
    expect(result.errors?.[0]?.message).toContain('Did you mean');
    expect(result.errors?.[0]?.message).toContain(hidden);
  });
});
