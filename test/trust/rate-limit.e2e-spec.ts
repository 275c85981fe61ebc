import { graphql } from '../generated/gql.js';
import { countRows } from '../support/database.js';
import { GraphqlClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ME = graphql(`
  query RateLimitMe {
    me {
      id
      username
    }
  }
`);
const CREATE_ENTERPRISE = graphql(`
  mutation RateLimitCreateEnterprise {
    createEnterprise(input: { name: "限流测试企业" }) {
      id
    }
  }
`);
const NINE_FIELDS = graphql(`
  query RateLimitNineFields {
    a: me {
      id
    }
    b: me {
      id
    }
    c: me {
      id
    }
    d: me {
      id
    }
    e: me {
      id
    }
    f: me {
      id
    }
    g: me {
      id
    }
    h: me {
      id
    }
    i: me {
      id
    }
  }
`);

describe('rate limits per token and per address', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_TOKEN: '8', RATE_LIMIT_PER_ADDRESS: '30' } });
  });
  afterAll(() => t.close());

  it("refuses a token's requests over its limit with TOO_MANY_REQUESTS and when to retry, and lets another token on", async () => {
    const clerk = await t.clientWithRole('EDITOR');
    const answers = [];
    for (let i = 0; i < 10; i += 1) answers.push(await clerk.request(ME));
    const refused = answers.filter((answer) => answer.errors?.[0]?.extensions?.code === 'TOO_MANY_REQUESTS');
    expect(refused).toHaveLength(2);
    expect(refused[0].errors?.[0].message).toMatch(/请求过于频繁，请 \d+ 秒后再试/);
    expect(refused[0].errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused[0].errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(60);
    // A write refused for the rate writes nothing.
    const before = await countRows(t, 'enterprise');
    const write = await clerk.request(CREATE_ENTERPRISE);
    expect(write.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(await countRows(t, 'enterprise')).toBe(before);
    expect((await t.admin.ok(ME)).me.username).toBe('admin');
  });

  it('counts a request once however many fields it asks for', async () => {
    const viewer = await t.clientWithRole('VIEWER');
    const answer = await viewer.request(NINE_FIELDS);
    expect(answer.errors).toBeUndefined();
  });

  it('limits an address however many tokens it uses', async () => {
    const answers = [];
    for (let i = 0; i < 35; i += 1) answers.push(await new GraphqlClient(t.url, `made-up-token-${i}`).request(ME));
    const codes = answers.map((answer) => answer.errors?.[0]?.extensions?.code);
    expect(codes).toContain('TOO_MANY_REQUESTS');
    expect(codes.filter((code) => code === 'UNAUTHENTICATED').length).toBeLessThan(35);
  });
});
