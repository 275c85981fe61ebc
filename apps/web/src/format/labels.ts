/** Chinese names of the API's enums, as clerks and leaders say them. */

export const ROLE_LABELS: Record<string, string> = { ADMIN: '管理员', EDITOR: '录入员', VIEWER: '查看者' };

/** An account's post in the committee's work. */
export const COMMITTEE_POST_LABELS: Record<string, string> = { OFFICE: '政协办', UNIT: '承办单位工作人员', MEMBER: '委员本人' };

export const LEVEL_LABELS: Record<string, string> = {
  PROVINCE: '省',
  CITY: '市',
  COUNTY: '县',
  TOWN: '乡镇',
  VILLAGE: '村',
};
