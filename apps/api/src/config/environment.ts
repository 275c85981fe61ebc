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

  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';
}

/** Raised with every problem of the configuration in one line. */
export class ConfigurationError extends Error {}

export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const known = Object.fromEntries(
    Object.keys(new Environment()).concat('DATABASE_URL', 'ADMIN_PASSWORD').map((key) => [key, raw[key] === '' ? undefined : raw[key]]),
  );
  const env = plainToInstance(Environment, Object.fromEntries(Object.entries(known).filter(([, value]) => value !== undefined)));
  const errors = validateSync(env);
  if (errors.length > 0) {
    const problems = errors.flatMap((error) => Object.values(error.constraints ?? {}));
    throw new ConfigurationError(`配置有误：${[...new Set(problems)].join('；')}`);
  }
  return env;
}
