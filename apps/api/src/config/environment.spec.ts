import { replicaUrls, validateEnvironment } from './environment.js';

const SERVER = 'postgres://postgres@127.0.0.1:5432/rural';

describe('read replica configuration', () => {
  it('takes comma-separated replica URLs with a server', () => {
    const env = validateEnvironment({
      DATABASE_URL: SERVER,
      DATABASE_REPLICA_URLS: 'postgres://r@replica-1/rural, postgres://r@replica-2:5433/rural',
    });
    expect(replicaUrls(env)).toEqual(['postgres://r@replica-1/rural', 'postgres://r@replica-2:5433/rural']);
    expect(env.REPLICA_MAX_LAG_MS).toBe(5000);
  });

  it('has no replicas unless configured', () => {
    expect(replicaUrls(validateEnvironment({ DATABASE_URL: SERVER }))).toEqual([]);
    expect(replicaUrls(validateEnvironment({ DATABASE_URL: SERVER, DATABASE_REPLICA_URLS: '' }))).toEqual([]);
  });

  it('refuses replicas on the embedded database, in Chinese', () => {
    expect(() => validateEnvironment({ DATABASE_REPLICA_URLS: 'postgres://r@replica-1/rural' })).toThrow(
      '配置有误：DATABASE_REPLICA_URLS 须与 DATABASE_URL 一起设置：内置数据库没有只读副本',
    );
  });

  it.each([
    [{ DATABASE_REPLICA_URLS: 'replica-1:5432' }, 'DATABASE_REPLICA_URLS 须为逗号分隔的'],
    [{ DATABASE_REPLICA_URLS: 'postgres://r@replica-1/rural,' }, 'DATABASE_REPLICA_URLS 须为逗号分隔的'],
    [{ REPLICA_MAX_LAG_MS: '50' }, 'REPLICA_MAX_LAG_MS 须为 100–60000 的整数'],
    [{ REPLICA_MAX_LAG_MS: '120000' }, 'REPLICA_MAX_LAG_MS 须为 100–60000 的整数'],
    [{ REPLICA_MAX_LAG_MS: 'soon' }, 'REPLICA_MAX_LAG_MS 须为 100–60000 的整数'],
  ])('refuses %p', (raw, message) => {
    expect(() => validateEnvironment({ DATABASE_URL: SERVER, ...raw })).toThrow(message);
  });
});
