import { QueryFailedError } from 'typeorm';
import { ConflictError, DomainError, NotFoundError, UserInputError } from '@rural/core';

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
  UQ_outcome_record_series_period: { kind: 'conflict', field: 'period', message: '同一范围、对接和服务团在该期间已有成效记录，请修改原记录' },
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

interface PgError {
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  detail?: string;
}

/** The domain error a failed statement stands for, or null when it is not a rule violation. */
export function translateDatabaseError(error: unknown): DomainError | null {
  if (!(error instanceof QueryFailedError)) return null;
  const pg = error.driverError as PgError;
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
