import { killLeftovers, runToFailure } from './server-process.js';

// Runs on either database: these processes fail before they open one.
describe('configuration checked at start', () => {
  afterAll(() => killLeftovers());

  it.each([
    ['an unreachable DATABASE_URL', { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nope' }, /DATABASE_URL/],
    ['PORT=abc', { PORT: 'abc' }, /PORT 须为 1–65535 的整数/],
    ['PORT=70000', { PORT: '70000' }, /PORT 须为 1–65535 的整数/],
    ['a DATABASE_URL that is not postgres://', { DATABASE_URL: 'mysql://root@127.0.0.1/app' }, /DATABASE_URL 须形如/],
    ['an unknown LOG_LEVEL', { LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    ['a short ADMIN_PASSWORD', { ADMIN_PASSWORD: 'short' }, /ADMIN_PASSWORD 至少 8 位/],
  ])('%s: exits 1 with one clear line and no stack trace', async (_label, env, reason) => {
    // memory:// so that a check that wrongly passes cannot leave files behind.
    const result = await runToFailure({ DATA_DIR: 'memory://', ...env });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^启动失败：/);
    expect(lines[0]).toMatch(reason);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
