/** Chinese names of outcome-record statuses, and how the queue colours them. */
export const STATUS_LABELS: Record<string, string> = { DRAFT: '草稿', SUBMITTED: '已报送', APPROVED: '已审核', RETURNED: '已退回' };

export const STATUS_TAG_TYPES: Record<string, 'info' | 'warning' | 'success' | 'danger'> = {
  DRAFT: 'info',
  SUBMITTED: 'warning',
  APPROVED: 'success',
  RETURNED: 'danger',
};

/** A writer of a record as the queue names it: the name, and 本人 for the caller. */
export function writerLabel(writer: { kind: string; name?: string | null; isCaller: boolean } | null | undefined): string {
  if (!writer) return '—';
  const name = writer.name ?? (writer.kind === 'SYSTEM' ? '系统' : '已删除的账号');
  return writer.isCaller ? `${name}（本人）` : name;
}

/** The four-eyes rule (outcome-approval.service.ts): whoever entered or last changed a record may not approve it. */
export const FOUR_EYES_REASON = '不能审核自己录入或修改的记录';

export function isOwnRecord(record: { recordedBy?: { isCaller: boolean } | null; changedBy?: { isCaller: boolean } | null }): boolean {
  return !!record.recordedBy?.isCaller || !!record.changedBy?.isCaller;
}
