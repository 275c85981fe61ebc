/**
 * The kinds of spreadsheet (api.md, "Spreadsheets"), in the order data is usually loaded, and who
 * may import each: any editor, administrators only, or the committee office (政协办).
 */
export const IMPORT_KINDS = [
  { kind: 'divisions', label: '行政区划', who: 'ADMIN' },
  { kind: 'enterprises', label: '企业', who: 'EDITOR' },
  { kind: 'members', label: '委员', who: 'EDITOR' },
  { kind: 'bases', label: '基地', who: 'EDITOR' },
  { kind: 'matches', label: '引企下乡对接', who: 'EDITOR' },
  { kind: 'service-activities', label: '服务活动', who: 'EDITOR' },
  { kind: 'outcomes', label: '成效记录', who: 'EDITOR' },
  { kind: 'duty-events', label: '履职活动', who: 'OFFICE' },
] as const;

export type ImportKind = (typeof IMPORT_KINDS)[number]['kind'];

export const KIND_LABELS: Record<string, string> = Object.fromEntries(IMPORT_KINDS.map(({ kind, label }) => [kind, label]));

export const IMPORT_STATUS_LABELS: Record<string, string> = {
  RUNNING: '进行中',
  VALID: '检查通过',
  INVALID: '有问题',
  COMMITTED: '已导入',
  UNDONE: '已撤销',
  FAILED: '失败',
};

export const IMPORT_STATUS_TAG_TYPES: Record<string, 'info' | 'warning' | 'success' | 'danger' | 'primary'> = {
  RUNNING: 'primary',
  VALID: 'success',
  INVALID: 'danger',
  COMMITTED: 'success',
  UNDONE: 'info',
  FAILED: 'danger',
};

/** What each problem code means to a clerk (the message says the rest). */
export const PROBLEM_CODE_LABELS: Record<string, string> = {
  REQUIRED: '必填',
  INVALID: '格式不对',
  NOT_FOUND: '找不到',
  AMBIGUOUS: '有歧义',
  DUPLICATE_IN_FILE: '文件内重复',
  CONFLICT: '冲突',
  FORBIDDEN: '无权限',
};
