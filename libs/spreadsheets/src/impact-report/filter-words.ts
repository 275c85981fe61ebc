import { COUNTY_TIME_ZONE, parsePeriod } from '@rural/core';
import { ImpactGrouping } from '@rural/reporting';

/**
 * The filter of an impact report in the words a leader reads on the forwarded file: "2024年第三季度",
 * "按乡镇", "仅统计已审核的记录". Pure functions, so each wording is tested on its own.
 */

const QUARTER_NUMERALS = ['一', '二', '三', '四'];

/** "2024" → 2024年, "2024Q3" → 2024年第三季度, "2024-07" → 2024年7月. */
export function periodInWords(period: string): string {
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  if (parsed.kind === 'YEAR') return `${parsed.year}年`;
  if (parsed.kind === 'QUARTER') return `${parsed.year}年第${QUARTER_NUMERALS[parsed.lastMonth / 3 - 1]}季度`;
  return `${parsed.year}年${parsed.firstMonth}月`;
}

/** The range a report covers: both ends, one open end, or 全部期间 when the filter leaves both out. */
export function rangeInWords(from?: string | null, to?: string | null): string {
  if (from && to) return from === to ? periodInWords(from) : `${periodInWords(from)}至${periodInWords(to)}`;
  if (from) return `${periodInWords(from)}起（至今）`;
  if (to) return `截至${periodInWords(to)}`;
  return '全部期间';
}

const GROUPING_WORDS: Record<ImpactGrouping, string> = {
  TOWN: '按乡镇',
  VILLAGE: '按村',
  BASE: '按基地',
  ENTERPRISE: '按企业',
  MEMBER: '按委员',
  TEAM: '按服务团',
  YEAR: '按年度',
  QUARTER: '按季度',
  MONTH: '按月份',
};

/** "按乡镇"; without a grouping the report is the totals alone. */
export function groupingInWords(grouping: ImpactGrouping | null | undefined): string {
  return grouping ? GROUPING_WORDS[grouping] : '不分组（仅合计）';
}

/** The heading of the groups' column: what one row of the table is. */
const GROUP_COLUMN: Record<ImpactGrouping, string> = {
  TOWN: '乡镇',
  VILLAGE: '村',
  BASE: '基地',
  ENTERPRISE: '企业',
  MEMBER: '委员',
  TEAM: '服务团',
  YEAR: '年度',
  QUARTER: '季度',
  MONTH: '月份',
};

export function groupColumnHeading(grouping: ImpactGrouping | null | undefined): string {
  return grouping ? GROUP_COLUMN[grouping] : '范围';
}

/** Which records the figures count. */
export function approvalInWords(includeUnapproved: boolean | null | undefined): string {
  return includeUnapproved ? '含未审核的记录（草稿、待审核、已退回）' : '仅统计已审核的记录';
}

/** A division and its ancestors from the county down, as a place is written: 东兰县武篆镇东里村. */
export function placeInWords(chain: readonly string[]): string {
  return chain.length > 0 ? chain.join('') : '全部区划';
}

/** 东兰县引企下乡成效报告; without a place the report is of everything the caller may see. */
export function reportTitle(place: string | null): string {
  return `${place ?? ''}引企下乡成效报告`;
}

/** A moment as the county's wall clock reads it: 2026年11月30日 16:23（北京时间）. */
export function wallTimeInWords(moment: Date, timeZone: string = COUNTY_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}年${part('month')}月${part('day')}日 ${part('hour')}:${part('minute')}（北京时间）`;
}
