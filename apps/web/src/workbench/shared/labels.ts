/** Chinese names of the statuses the workbench shows (schema.gql's enum descriptions). */

export const MATCH_STATUS_LABELS: Record<string, string> = {
  INTENT: '意向',
  SIGNED: '已签约',
  OPERATING: '运营中',
  SUSPENDED: '暂停',
  ENDED: '已终止',
};

export const OUTCOME_STATUS_LABELS: Record<string, string> = {
  DRAFT: '草稿',
  SUBMITTED: '已报送',
  APPROVED: '已审核',
  RETURNED: '已退回',
};
