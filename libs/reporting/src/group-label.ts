import { ImpactGrouping } from './impact-grouping.js';

/** What a report calls the records it could not put in a group of this kind. */
const NOT_BROKEN_DOWN: Record<ImpactGrouping, string> = {
  TOWN: '未分解到乡镇',
  VILLAGE: '未分解到村',
  BASE: '未落到基地',
  ENTERPRISE: '未关联企业',
  MEMBER: '未关联委员',
  TEAM: '未关联服务团',
  YEAR: '未注明期间',
  QUARTER: '未注明期间',
  MONTH: '未注明期间',
};

/**
 * The name people read for a group: the thing's name, or the period in Chinese. A coarser record
 * in a finer time grouping is marked as covering the whole year or quarter ("2025年（全年）").
 */
export function groupLabel(grouping: ImpactGrouping, key: string, name: string | null): string {
  if (key === '') return NOT_BROKEN_DOWN[grouping];
  if (name !== null) return name;
  const year = /^(\d{4})$/.exec(key);
  if (year) return grouping === ImpactGrouping.YEAR ? `${key}年` : `${key}年（全年）`;
  const quarter = /^(\d{4})Q([1-4])$/.exec(key);
  if (quarter) return `${quarter[1]}年第${quarter[2]}季度${grouping === ImpactGrouping.MONTH ? '（全季）' : ''}`;
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return `${month[1]}年${Number(month[2])}月`;
  return key;
}
