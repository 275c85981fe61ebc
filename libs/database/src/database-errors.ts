import { QueryFailedError } from 'typeorm';

import { ConflictError, DomainError, ErrorCode, NotFoundError, UserInputError } from '@rural/core';

/** The database cannot be reached: stopped, restarting, or the network to it is down. */
export class DatabaseUnavailableError extends DomainError {
  constructor() {
    super('数据库暂时不可用，请稍后重试；如刚才提交了修改，请在恢复后核对是否已保存', ErrorCode.DATABASE_UNAVAILABLE);
  }
}

/** A report stopped by the database's statement_timeout (REPORT_TIMEOUT_MS). */
export class ReportTimeoutError extends DomainError {
  constructor() {
    super('报表计算超时，已停止；请缩小区划、期间等统计范围后重试', ErrorCode.REPORT_TIMEOUT);
  }
}

interface ConstraintMeaning {
  kind: 'input' | 'conflict' | 'missing';
  field: string;
  message: string;
}

/**
 * What each named constraint means to a clerk. Services check these rules first and give the
 * same messages; this table is the backstop for a request that races another or a rule only the
 * database can see, so that even then the client gets a clear error and never SQL text.
 */
const CONSTRAINTS: Record<string, ConstraintMeaning> = {
  UQ_division_code: { kind: 'conflict', field: 'code', message: '该统计用区划代码已被其他区划使用' },
  CHK_division_code_format: { kind: 'input', field: 'code', message: '统计用区划代码须为 12 位数字' },
  CHK_division_level_below_parent: { kind: 'input', field: 'level', message: '下级区划的级别必须低于上级区划' },
  CHK_division_no_cycle: { kind: 'input', field: 'parentId', message: '上级区划不能是自己或自己的下级' },
  CHK_division_level_change: { kind: 'conflict', field: 'level', message: '改变级别会与上级、下级区划或所属基地、对接冲突' },
  FK_division_parent: { kind: 'conflict', field: 'id', message: '该区划下还有下级区划，不能删除' },
  UQ_enterprise_credit_code: { kind: 'conflict', field: 'creditCode', message: '该统一社会信用代码已登记' },
  CHK_enterprise_credit_code: { kind: 'input', field: 'creditCode', message: '统一社会信用代码校验位不正确，请核对' },
  CHK_base_village_level: { kind: 'input', field: 'villageId', message: '基地必须位于村级区划' },
  CHK_match_village_level: { kind: 'input', field: 'villageId', message: '对接的必须是村级区划' },
  CHK_match_base_village: { kind: 'input', field: 'baseId', message: '对接的基地必须位于对接的村' },
  CHK_outcome_record_match_scope: { kind: 'input', field: 'matchId', message: '所选对接不属于该基地或区划' },
  CHK_outcome_record_one_scope: { kind: 'input', field: 'baseId', message: '成效记录须且只能指定一个范围：基地或区划' },
  CHK_outcome_record_has_figure: { kind: 'input', field: 'areaMu', message: '成效记录至少要填写一项数字' },
  UQ_outcome_record_series_period: {
    kind: 'conflict',
    field: 'period',
    message: '同一范围、对接和服务团在该期间已有成效记录，请修改原记录',
  },
  UQ_app_user_username: { kind: 'conflict', field: 'username', message: '该用户名已被使用' },
  CHK_service_team_name_not_blank: { kind: 'input', field: 'name', message: '服务团名称不能为空' },
  PK_service_team_member: { kind: 'input', field: 'memberIds', message: '服务团成员有重复' },
  CHK_service_activity_topic_not_blank: { kind: 'input', field: 'topic', message: '服务主题不能为空' },
  CHK_service_activity_farmers_non_negative: { kind: 'input', field: 'farmersTrained', message: '培训农民人数不能为负数' },
  CHK_service_activity_area_non_negative: { kind: 'input', field: 'areaCoveredMu', message: '覆盖面积不能为负数' },
};

/** The messages for a row still referenced by another (delete refused). */
const REFERENCED: Record<string, string> = {
  division: '该区划仍被基地、对接、成效记录、用户或下级区划引用，不能删除',
  enterprise: '该企业仍被基地、对接或委员引用，不能删除',
  member: '该委员仍是对接的牵线人、服务团团长或成员，不能删除',
  base: '该基地仍被对接、服务活动或成效记录引用，不能删除',
  match: '该对接仍被成效记录引用，不能删除',
  service_team: '该服务团仍有服务活动或成效记录，不能删除',
};

const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';
// What an ON DELETE RESTRICT foreign key reports when the referenced row is deleted.
const RESTRICT_VIOLATION = '23001';
const CHECK_VIOLATION = '23514';
const NOT_NULL_VIOLATION = '23502';
// Raised by statement_timeout, which only report connections carry (see DatabaseConnection).
const QUERY_CANCELED = '57014';

/**
 * SQLSTATEs of a server that is going away or not taking connections: 57P01 admin_shutdown
 * (pg_ctl stop), 57P02 crash_shutdown (another backend crashed), 57P03 cannot_connect_now
 * (starting up or in recovery), 53300 too_many_connections; class 08 is "connection exception".
 */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** Socket errors on the way to the server, as Node reports them. */
const UNREACHABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/**
 * What the `pg` driver and its pool say, without a code, when a connection dies or none can be
 * had in time: "Connection terminated unexpectedly", "timeout exceeded when trying to connect",
 * "Client has encountered a connection error and is not queryable".
 */
const LOST_CONNECTION = /^Connection terminated|timeout exceeded when trying to connect|is not queryable/;

/**
 * True when `error` means the database could not be reached or dropped the connection. The
 * driver's error comes bare (the pool could not connect) or inside TypeORM's QueryFailedError
 * (the connection died during a statement); Node wraps parallel connection attempts (IPv4 and
 * IPv6 of one host name) in an AggregateError.
 */
export function isConnectionFailure(error: unknown, depth = 0): boolean {
  if (depth > 3 || typeof error !== 'object' || error === null) return false;
  const candidate = error as {
    code?: unknown;
    syscall?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  const code = typeof candidate.code === 'string' ? candidate.code : '';
  if (UNAVAILABLE_STATES.has(code) || /^08[0-9A-Z]{3}$/.test(code) || UNREACHABLE_ERRNOS.has(code)) return true;
  // A Unix socket that is gone (the embedded server's, or a server's local socket).
  if (code === 'ENOENT' && candidate.syscall === 'connect') return true;
  if (typeof candidate.message === 'string' && LOST_CONNECTION.test(candidate.message)) return true;
  const inner = [candidate.driverError, candidate.cause, ...(Array.isArray(candidate.errors) ? candidate.errors : [])];
  return inner.some((nested) => nested !== error && isConnectionFailure(nested, depth + 1));
}

interface PgError {
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  detail?: string;
}

/**
 * The domain error a failure of the database stands for: a rule violation, a lost or refused
 * connection, a report stopped by its timeout; null for anything else (a bug: masked and logged).
 */
export function translateDatabaseError(error: unknown): DomainError | null {
  if (isConnectionFailure(error)) return new DatabaseUnavailableError();
  if (!(error instanceof QueryFailedError)) return null;
  const pg = error.driverError as PgError;
  if (pg.code === QUERY_CANCELED && /statement timeout/.test(error.message)) return new ReportTimeoutError();
  const meaning = pg.constraint ? CONSTRAINTS[pg.constraint] : undefined;
  if (meaning) return fromMeaning(meaning);
  switch (pg.code) {
    case UNIQUE_VIOLATION:
      return new ConflictError('该记录已存在');
    case FOREIGN_KEY_VIOLATION:
    case RESTRICT_VIOLATION:
      return foreignKeyError(pg);
    case CHECK_VIOLATION:
      return new UserInputError({ field: '', message: '数值不符合要求（不能为负数，且须符合格式）' });
    case NOT_NULL_VIOLATION:
      return UserInputError.field(camel(pg.column ?? ''), '该项必须填写');
    default:
      return null;
  }
}

function fromMeaning(meaning: ConstraintMeaning): DomainError {
  if (meaning.kind === 'conflict') return new ConflictError(meaning.message, meaning.field);
  if (meaning.kind === 'missing') return new NotFoundError(meaning.message);
  return UserInputError.field(meaning.field, meaning.message);
}

// "update or delete on table X violates …" when X is still referenced; "insert or update on
// table Y violates …" when Y points at a row that does not exist.
function foreignKeyError(pg: PgError): DomainError {
  if (/is (still )?referenced from table/.test(pg.detail ?? '')) {
    return new ConflictError(REFERENCED[referencedTable(pg) ?? ''] ?? '仍有其他记录引用它，不能删除');
  }
  return new NotFoundError('引用的记录');
}

/** The FK name says which table is referenced: FK_<table>_<column>. */
function referencedTable(pg: PgError): string | undefined {
  const column = /^FK_\w+?_(parent|village|operator|enterprise|member|leader|base|match|team|division)$/.exec(pg.constraint ?? '')?.[1];
  const tables: Record<string, string> = {
    parent: 'division',
    village: 'division',
    division: 'division',
    operator: 'enterprise',
    enterprise: 'enterprise',
    member: 'member',
    leader: 'member',
    base: 'base',
    match: 'match',
    team: 'service_team',
  };
  return column ? tables[column] : undefined;
}

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_m, letter: string) => letter.toUpperCase());
}
