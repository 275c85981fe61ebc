import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

/** The configuration, read from the environment once at start and checked before anything runs. */
export class Environment {
  @Transform(({ value }) => (value === undefined ? 3000 : Number(value)))
  @IsInt({ message: 'PORT 须为 1–65535 的整数' })
  @Min(1, { message: 'PORT 须为 1–65535 的整数' })
  @Max(65535, { message: 'PORT 须为 1–65535 的整数' })
  PORT = 3000;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^\s/]+\/[^\s]+$/, {
    message: 'DATABASE_URL 须形如 postgres://用户@主机:端口/数据库',
  })
  DATABASE_URL?: string;

  /**
   * Streaming replicas of DATABASE_URL's server, comma-separated: read-only requests may read from
   * them (see ReplicaRouter). Only with DATABASE_URL: the embedded database has no replicas.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^\s/,]+\/[^\s,]+(\s*,\s*postgres(ql)?:\/\/[^\s/,]+\/[^\s,]+)*$/, {
    message: 'DATABASE_REPLICA_URLS 须为逗号分隔的 postgres://用户@主机:端口/数据库',
  })
  DATABASE_REPLICA_URLS?: string;

  // A replica further behind the primary than this is skipped until it catches up. At most a
  // minute: the caller's last write is remembered that long (replica-router.ts).
  @Transform(({ value }) => (value === undefined ? 5000 : Number(value)))
  @IsInt({ message: 'REPLICA_MAX_LAG_MS 须为 100–60000 的整数（毫秒）' })
  @Min(100, { message: 'REPLICA_MAX_LAG_MS 须为 100–60000 的整数（毫秒）' })
  @Max(60_000, { message: 'REPLICA_MAX_LAG_MS 须为 100–60000 的整数（毫秒）' })
  REPLICA_MAX_LAG_MS = 5000;

  @IsString()
  @MinLength(1)
  DATA_DIR = './data';

  @IsString()
  @Matches(/^[A-Za-z0-9_.-]{3,50}$/, { message: 'ADMIN_USERNAME 须为 3–50 位字母、数字或 _ . -' })
  ADMIN_USERNAME = 'admin';

  @IsOptional()
  @IsString()
  @MinLength(8, { message: 'ADMIN_PASSWORD 至少 8 位' })
  ADMIN_PASSWORD?: string;

  @Transform(({ value }) => (value === undefined ? true : value === true || value === 'true' || value === '1'))
  @IsBoolean()
  SEED = true;

  // Reports read the summary cells when they can (docs/reports.md); false: always the records,
  // the reference the benchmark compares them with.
  @Transform(({ value }) => (value === undefined ? true : value === true || value === 'true' || value === '1'))
  @IsBoolean()
  REPORT_SUMMARIES = true;

  // How often the summary cells' appended deltas are folded (docs/reports.md); 0 turns it off.
  @Transform(({ value }) => (value === undefined ? 60 : Number(value)))
  @IsInt({ message: 'SUMMARY_FOLD_SECONDS 须为 0–86400 的整数（秒，0 表示不整理）' })
  @Min(0, { message: 'SUMMARY_FOLD_SECONDS 须为 0–86400 的整数（秒，0 表示不整理）' })
  @Max(86_400, { message: 'SUMMARY_FOLD_SECONDS 须为 0–86400 的整数（秒，0 表示不整理）' })
  SUMMARY_FOLD_SECONDS = 60;

  // How long one report statement may run on a PostgreSQL server before it is stopped; 0 turns
  // the limit off. Generous by default: a county-wide report at a million records takes seconds.
  @Transform(({ value }) => (value === undefined ? 30_000 : Number(value)))
  @IsInt({ message: 'REPORT_TIMEOUT_MS 须为 0–3600000 的整数（毫秒，0 表示不限）' })
  @Min(0, { message: 'REPORT_TIMEOUT_MS 须为 0–3600000 的整数（毫秒，0 表示不限）' })
  @Max(3_600_000, { message: 'REPORT_TIMEOUT_MS 须为 0–3600000 的整数（毫秒，0 表示不限）' })
  REPORT_TIMEOUT_MS = 30_000;

  // One import file at most: bytes (a 100,000-row outcome ledger is about 6 MB) and data rows.
  @Transform(({ value }) => (value === undefined ? 50 * 1024 * 1024 : Number(value)))
  @IsInt({ message: 'IMPORT_MAX_BYTES 须为正整数（字节）' })
  @Min(1024, { message: 'IMPORT_MAX_BYTES 须至少为 1024（字节）' })
  IMPORT_MAX_BYTES = 50 * 1024 * 1024;

  @Transform(({ value }) => (value === undefined ? 200_000 : Number(value)))
  @IsInt({ message: 'IMPORT_MAX_ROWS 须为正整数（数据行数）' })
  @Min(1, { message: 'IMPORT_MAX_ROWS 须为正整数（数据行数）' })
  IMPORT_MAX_ROWS = 200_000;

  @Transform(({ value }) => (value === undefined ? 12 : Number(value)))
  @IsInt({ message: 'SESSION_HOURS 须为 1–720 的整数（登录有效小时数）' })
  @Min(1, { message: 'SESSION_HOURS 须为 1–720 的整数（登录有效小时数）' })
  @Max(720, { message: 'SESSION_HOURS 须为 1–720 的整数（登录有效小时数）' })
  SESSION_HOURS = 12;

  @Transform(({ value }) => (value === undefined ? 15 : Number(value)))
  @IsInt({ message: 'LOGIN_LOCK_MINUTES 须为 1–1440 的整数' })
  @Min(1, { message: 'LOGIN_LOCK_MINUTES 须为 1–1440 的整数' })
  @Max(1440, { message: 'LOGIN_LOCK_MINUTES 须为 1–1440 的整数' })
  LOGIN_LOCK_MINUTES = 15;

  @Transform(({ value }) => (value === undefined ? 1200 : Number(value)))
  @IsInt({ message: 'RATE_LIMIT_PER_TOKEN 须为正整数（每个令牌每分钟的请求数）' })
  @Min(1, { message: 'RATE_LIMIT_PER_TOKEN 须为正整数（每个令牌每分钟的请求数）' })
  RATE_LIMIT_PER_TOKEN = 1200;

  @Transform(({ value }) => (value === undefined ? 2400 : Number(value)))
  @IsInt({ message: 'RATE_LIMIT_PER_ADDRESS 须为正整数（每个地址每分钟的请求数）' })
  @Min(1, { message: 'RATE_LIMIT_PER_ADDRESS 须为正整数（每个地址每分钟的请求数）' })
  RATE_LIMIT_PER_ADDRESS = 2400;

  /** Behind a reverse proxy (docker-compose's nginx): take the client's address from X-Forwarded-For. */
  @Transform(({ value }) => (value === undefined ? false : value === true || value === 'true' || value === '1'))
  @IsBoolean()
  TRUST_PROXY = false;

  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * The GraphQL explorer at `/explorer`, served from the server's own files (it works without
   * internet). Unset: on, except in production.
   */
  @Transform(({ value }) => (value === undefined ? undefined : value === true || value === 'true' || value === '1'))
  @IsOptional()
  @IsBoolean()
  GRAPHQL_EXPLORER?: boolean;

  /** `pretty`: short coloured lines for a person at a terminal; `json`: one JSON object per line. Unset: pretty in development at a terminal. */
  @IsOptional()
  @IsIn(['pretty', 'json'], { message: 'LOG_FORMAT 须为 pretty 或 json' })
  LOG_FORMAT?: 'pretty' | 'json';

  /** `false` refuses schema introspection to everyone; otherwise signed-in users may introspect. */
  @Transform(({ value }) => (value === undefined ? true : value === true || value === 'true' || value === '1'))
  @IsBoolean()
  GRAPHQL_INTROSPECTION = true;
}

/** Raised with every problem of the configuration in one line. */
export class ConfigurationError extends Error {}

export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const known = Object.fromEntries(
    Object.keys(new Environment())
      .concat('DATABASE_URL', 'DATABASE_REPLICA_URLS', 'ADMIN_PASSWORD', 'GRAPHQL_EXPLORER', 'LOG_FORMAT')
      .map((key) => [key, raw[key] === '' ? undefined : raw[key]]),
  );
  const env = plainToInstance(Environment, Object.fromEntries(Object.entries(known).filter(([, value]) => value !== undefined)));
  const errors = validateSync(env);
  const problems = errors.flatMap((error) => Object.values(error.constraints ?? {}));
  if (env.DATABASE_REPLICA_URLS && !env.DATABASE_URL) {
    problems.push('DATABASE_REPLICA_URLS 须与 DATABASE_URL 一起设置：内置数据库没有只读副本');
  }
  if (problems.length > 0) {
    throw new ConfigurationError(`配置有误：${[...new Set(problems)].join('；')}`);
  }
  return env;
}

/** The replicas' URLs, one per comma-separated entry; empty when none are configured. */
export function replicaUrls(env: Pick<Environment, 'DATABASE_REPLICA_URLS'>): string[] {
  return (env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url.length > 0);
}

/** Whether the explorer is served: as configured, else everywhere but in production. */
export function explorerEnabled(env: Pick<Environment, 'GRAPHQL_EXPLORER' | 'NODE_ENV'>): boolean {
  return env.GRAPHQL_EXPLORER ?? env.NODE_ENV !== 'production';
}
