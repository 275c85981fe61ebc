import { validateEnvironment } from './config/environment.js';
import { ExplorerController } from './explorer/explorer.controller.js';
import { prettyLogs } from './logging/pretty-logs.js';
import { describeDatabase, startupBanner } from './startup-banner.js';

describe('what a newcomer is told at start', () => {
  it('names the database server without its password', () => {
    const env = validateEnvironment({ DATABASE_URL: 'postgres://rural:s3cret-pw@db.county.lan:5433/outcomes' });
    expect(describeDatabase(env)).toBe('PostgreSQL server rural@db.county.lan:5433/outcomes');
    expect(startupBanner(env, 5).join('\n')).not.toContain('s3cret-pw');
  });

  it('says where the embedded database keeps its files, or that it keeps none', () => {
    expect(describeDatabase(validateEnvironment({ DATA_DIR: '/srv/rural/data' }))).toBe('embedded PostgreSQL, data in /srv/rural/data');
    expect(describeDatabase(validateEnvironment({ DATA_DIR: 'memory://' }))).toContain('in memory');
  });

  it.each([
    [{}, 'explorer: http://localhost:3000/explorer'],
    [{ NODE_ENV: 'production' }, 'explorer: off (GRAPHQL_EXPLORER=true turns it on)'],
    [{ NODE_ENV: 'production', GRAPHQL_EXPLORER: 'true' }, 'explorer: http://localhost:3000/explorer'],
    [{ GRAPHQL_EXPLORER: 'false' }, 'explorer: off (GRAPHQL_EXPLORER=true turns it on)'],
  ])('says where the explorer is with %j', (raw, line) => {
    expect(startupBanner(validateEnvironment(raw), 5)).toContain(line);
  });

  it('serves no explorer page or file when it is off', () => {
    const env = validateEnvironment({ NODE_ENV: 'production' });
    const explorer = new ExplorerController({ get: (key: keyof typeof env) => env[key] } as never);
    expect(() => explorer.explorer()).toThrow('Not Found');
    expect(() => explorer.asset('graphiql.min.js', {} as never)).toThrow('Not Found');
  });

  it.each([
    [undefined, 'development', true, true],
    [undefined, 'development', false, false],
    [undefined, 'production', true, false],
    ['pretty', 'production', false, true],
    ['json', 'development', true, false],
  ] as const)('writes pretty logs with LOG_FORMAT=%s, NODE_ENV=%s, a terminal: %s → %s', (format, nodeEnv, terminal, pretty) => {
    expect(prettyLogs(format, nodeEnv, terminal)).toBe(pretty);
  });

  it('refuses an unknown LOG_FORMAT at start', () => {
    expect(() => validateEnvironment({ LOG_FORMAT: 'xml' })).toThrow('LOG_FORMAT 须为 pretty 或 json');
  });
});
